import type { OfficeHolderRow } from './office-holder-row.ts';

/**
 * Heads of international organisations (UN, NATO, EU, IMF, World Bank, WHO, IAEA, ICC, Arab League), with their
 * national offices before, written for the project from public record.
 */
export const INTERNATIONAL_OFFICE_HOLDERS: readonly OfficeHolderRow[] = [
  ['George Robertson|Lord Robertson', 'GBRGOV 1997-05-02 1999-10-11', 'IGOWSTNAT 1999-10-14 2003-12-17'],
  ['Catherine Ashton|Cathy Ashton|Ashton', 'IGOEEU 2008-10-03 2014-10-31'],
  ['Martin Schulz', 'IGOEEU 2012-01-17 2017-01-17'],
  ['David Sassoli|Sassoli', 'IGOEEU 2019-07-03 2022-01-11'],
  ['Roberta Metsola|Metsola', 'IGOEEU 2022-01-18 -'],
  ['Jean-Claude Trichet|Trichet', 'IGOEEU 2003-11-01 2011-10-31'],
  ['Dominique Strauss-Kahn|Strauss-Kahn', 'IGOBUSIMF 2007-11-01 2011-05-18'],
  ['Kristalina Georgieva|Georgieva', 'IGOEEU 2010-02-10 2016-12-31', 'IGOBUSWBK 2017-01-02 2019-09-30', 'IGOBUSIMF 2019-10-01 -'],
  ['Robert Zoellick|Zoellick', 'USAGOV 2001-02-07 2006-07-07', 'IGOBUSWBK 2007-07-01 2012-06-30'],
  ['Jim Yong Kim', 'IGOBUSWBK 2012-07-01 2019-02-01'],
  ['David Malpass|Malpass', 'IGOBUSWBK 2019-04-09 2023-06-01'],
  ['Ajay Banga|Banga', 'IGOBUSWBK 2023-06-02 -'],
  ['Margaret Chan', 'IGOUNOWHO 2007-01-04 2017-06-30'],
  ['Tedros Adhanom Ghebreyesus|Tedros Adhanom|Tedros', 'ETHGOV 2012-11-29 2016-11-01', 'IGOUNOWHO 2017-07-01 -'],
  ['Yukiya Amano|Amano', 'IGOUNOIAE 2009-12-01 2019-07-18'],
  ['Rafael Grossi|Rafael Mariano Grossi|Grossi', 'IGOUNOIAE 2019-12-03 -'],
  ['Filippo Grandi', 'IGOUNOREF 2016-01-01 -'],
  ['Navi Pillay', 'IGOUNO 2008-09-01 2014-08-31'],
  ["Zeid Ra'ad al-Hussein|Zeid Ra'ad Al Hussein", 'IGOUNO 2014-09-01 2018-08-31'],
  ['Volker Turk|Volker Türk', 'IGOUNO 2022-10-17 -'],
  ['Lakhdar Brahimi|Brahimi', 'IGOUNO 2012-08-17 2014-05-31'],
  ['Staffan de Mistura|de Mistura', 'IGOUNO 2014-07-10 2019-01-07', 'IGOUNO 2021-11-01 -'],
  ['Fatou Bensouda|Bensouda', 'IGOJUD 2012-06-16 2021-06-15'],
  ['Karim Khan|Karim A. A. Khan', 'IGOJUD 2021-06-16 -'],
  ['Ngozi Okonjo-Iweala|Okonjo-Iweala', 'IGOBUSWTO 2021-03-01 -'],
];
