package ma.tanmia.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import org.junit.jupiter.api.Test;

/** The native CP-SAT solver loads on this platform and proves a tiny optimum. */
class CpSatSmokeTests {

    @Test
    void a_tiny_knapsack_is_solved_to_proven_optimality() {
        Loader.loadNativeLibraries();
        // Values 6, 5, 5 with costs 4, 3, 3 and a budget of 6: taking the two of cost 3 gives
        // 10, better than the first alone (6); the first with either other costs 7 > 6.
        CpModel model = new CpModel();
        IntVar a = model.newBoolVar("a");
        IntVar b = model.newBoolVar("b");
        IntVar c = model.newBoolVar("c");
        model.addLessOrEqual(LinearExpr.weightedSum(new IntVar[] {a, b, c}, new long[] {4, 3, 3}), 6);
        model.maximize(LinearExpr.weightedSum(new IntVar[] {a, b, c}, new long[] {6, 5, 5}));
        CpSolver solver = new CpSolver();
        CpSolverStatus status = solver.solve(model);
        assertThat(status).isEqualTo(CpSolverStatus.OPTIMAL);
        assertThat(solver.objectiveValue()).isEqualTo(10.0);
        assertThat(solver.value(a)).isZero();
    }
}
