/** Function words and newsroom filler that say nothing about which happening an article reports. */
export const STORY_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if of to in on at by for with from as into onto about over under after before between
  during through against among than then so too very can could may might must shall should will would do does did
  done be is are was were been being have has had having i me my we our you your he him his she her it its they them
  their this that these those there here who whom whose which what when where why how not no nor all any both each
  few more most other some such only own same just also now new said says say told tell according reported report
  reports one two three year years day days week weeks month months time times people mr mrs ms last first next
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow news http https www com html
  get got make made take took go went come came see seen know known like well back still even much many while
  per cent percent up down out off again ago s t re ll ve d m`.split(/\s+/),
);
