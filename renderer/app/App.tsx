import { CanvasArea } from '../canvas/CanvasArea';
import { useFileDrop } from '../files/useFileDrop';
import { CoverageSummary } from '../panels/CoverageSummary';
import { DropTarget } from '../panels/DropTarget';
import { EmptyState } from '../panels/EmptyState';
import { ProblemMessage } from '../panels/ProblemMessage';
import { Toolbar } from '../panels/Toolbar';
import { useOpenMapStore } from '../store/openMapStore';

/** The read-only workbench: toolbar, the map on its canvas, and the coverage summary beside it. */
export function App() {
  const map = useOpenMapStore((state) => state.map);
  const analysis = useOpenMapStore((state) => state.analysis);
  const dragging = useFileDrop();
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        {map && analysis ? (
          <>
            <CanvasArea map={map} analysis={analysis} />
            <CoverageSummary map={map} analysis={analysis} />
          </>
        ) : (
          <EmptyState />
        )}
        <ProblemMessage />
      </main>
      {dragging && <DropTarget />}
    </div>
  );
}
