/**
 * The abbreviations AP style writes after a US town ("Atlanta, Ga.", "Tulsa, Okla."), each with its state's postal code.
 * States AP spells out (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) have none. Only the dotted forms are
 * listed: "Ga." after a town is Georgia the state, never the country, and "Wash" or "Miss" without the dot is a word.
 */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Ala.', 'AL'], ['Ariz.', 'AZ'], ['Ark.', 'AR'], ['Calif.', 'CA'], ['Colo.', 'CO'], ['Conn.', 'CT'], ['Del.', 'DE'],
  ['Fla.', 'FL'], ['Ga.', 'GA'], ['Ill.', 'IL'], ['Ind.', 'IN'], ['Kan.', 'KS'], ['Ky.', 'KY'], ['La.', 'LA'],
  ['Md.', 'MD'], ['Mass.', 'MA'], ['Mich.', 'MI'], ['Minn.', 'MN'], ['Miss.', 'MS'], ['Mo.', 'MO'], ['Mont.', 'MT'],
  ['Neb.', 'NE'], ['Nev.', 'NV'], ['N.H.', 'NH'], ['N.J.', 'NJ'], ['N.M.', 'NM'], ['N.Y.', 'NY'], ['N.C.', 'NC'],
  ['N.D.', 'ND'], ['Okla.', 'OK'], ['Ore.', 'OR'], ['Pa.', 'PA'], ['R.I.', 'RI'], ['S.C.', 'SC'], ['S.D.', 'SD'],
  ['Tenn.', 'TN'], ['Vt.', 'VT'], ['Va.', 'VA'], ['Wash.', 'WA'], ['W.Va.', 'WV'], ['Wis.', 'WI'], ['Wyo.', 'WY'],
]);
