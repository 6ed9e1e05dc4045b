package ma.tanmia.audit;

import java.util.List;

/** Many changes made together (a bulk update): recorded as one batch, each still its own audit line. */
public record EntitiesChanged(List<EntityChanged> changes) {
}
