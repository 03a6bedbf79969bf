/** The camera of « Signaler ce que je vois » and « Prendre une photo » (decorative: the button's words say it). */
export function CameraIcon() {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <path
        d="M4 10h6l2-4h8l2 4h6v16H4zM16 23a5 5 0 1 0 0-10 5 5 0 0 0 0 10z"
        fill="none"
        stroke="currentColor"
        stroke-width="2.5"
        stroke-linejoin="round"
      />
    </svg>
  );
}
