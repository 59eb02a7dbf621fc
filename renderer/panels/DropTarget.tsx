/** Shown while a file is dragged over the window, so the user knows letting go will open it. */
export function DropTarget() {
  return (
    <div className="drop-target" aria-hidden="true">
      <p>Drop a .journey file or an Outside-In PDF to open it</p>
    </div>
  );
}
