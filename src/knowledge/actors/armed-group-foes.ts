/**
 * Armed groups whose war is with another state than their own, by a lower-cased word of their name: the army or police
 * they strike, named bare ("fired rockets at an army post"), is that state's, not their home country's. Groups fighting
 * their own state (the Taliban, the PKK, Boko Haram) are left out: the sentence's country is right for them.
 */
export const ARMED_GROUP_FOES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  hezbollah: 'ISR',
  hizbollah: 'ISR',
  hamas: 'ISR',
  'islamic jihad': 'ISR',
  'al-aqsa martyrs': 'ISR',
  'qassam brigades': 'ISR',
  'al-quds brigades': 'ISR',
  polisario: 'MAR',
});
