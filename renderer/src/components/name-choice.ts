/** One name a NamePicker offers. Kept apart from the component so pure code (and its tests) can build choices without JSX. */
export interface NameChoice {
  /** What picking it puts in the field. */
  name: string;
  /** A short word beside it: "used by 2", "bridge · local", "12 MB". */
  note: string;
}
