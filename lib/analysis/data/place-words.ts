/**
 * Words for places. Each list has a note and a source; validated by tests/analysis/data.test.ts.
 */
export interface WordList {
  words: string[];
  note: string;
  source: string;
}

/** Places no smaller than a state are not HIPAA identifiers. */
export const STATES_AND_COUNTRIES: WordList = {
  words: [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
    'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
    'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
    'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
    'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
    'America', 'USA', 'US', 'Canada', 'Mexico', 'Europe', 'Asia', 'Africa', 'Australia', 'England', 'Scotland', 'Wales',
    'Ireland', 'UK', 'Britain', 'France', 'Germany', 'Spain', 'Italy', 'India', 'China', 'Japan', 'Brazil', 'Nigeria',
  ],
  note: 'US states and countries: HIPAA allows geography down to the state.',
  source: 'HIPAA Privacy Rule, 45 CFR 164.514(b)(2)(i)(B): "all geographic subdivisions smaller than a State"',
};

/** Capitalised words that follow "in", "at" or "from" without being a place. */
export const NOT_PLACES: WordList = {
  words: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That', 'Our', 'My',
    'English', 'Spanish', 'Portuguese', 'French', 'German', 'Italian', 'Polish', 'Russian', 'Ukrainian', 'Arabic', 'Hebrew', 'Farsi',
    'Persian', 'Turkish', 'Greek', 'Mandarin', 'Cantonese', 'Chinese', 'Japanese', 'Korean', 'Vietnamese', 'Tagalog', 'Hindi', 'Urdu',
    'Bengali', 'Punjabi', 'Gujarati', 'Somali', 'Amharic', 'Swahili', 'Creole', 'Haitian', 'ASL', 'Navajo',
    'An', 'A', 'Dear', 'Thanks', 'Thank', 'Wild', 'Crazy', 'Busy', 'Tell', 'Every', 'Any', 'Another', 'Real', 'Typical', 'Quiet', 'Slow', 'Best', 'Worst', 'Breast',
    'Radiology', 'Medicine', 'Surgery', 'Pediatrics', 'Neuroradiology', 'Residency', 'Fellowship', 'Part', 'Section',
    'Christmas', 'Thanksgiving', 'Easter', 'Twitter', 'Instagram', 'TikTok', 'YouTube', 'Reddit', 'Slack', 'Zoom', 'Epic',
    'Google', 'PubMed', 'Radiopaedia', 'God', 'Jesus', 'Lord', 'English', 'Spanish', 'Dr', 'Mr', 'Mrs', 'Ms',
    'Me', 'You', 'Us', 'Them', 'It', 'Him', 'Her', 'We', 'Your', 'Their',
    'Bed', 'Bay', 'Room', 'Ward', 'Pod', 'Resus', 'Majors', 'Minors', 'Theatre', 'Kia', 'Ate', 'Kuya', 'Lola', 'Lolo', 'Tagalog', 'Te Reo',
    'Casualty', 'Uno', 'Transplant', 'Dialysis', 'Remission', 'Recovery', 'Chest', 'Breast', 'Body', 'Abdominal', 'Thoracic', 'Musculoskeletal', 'Vascular', 'Oncologic',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    'Mon', 'Tue', 'Tues', 'Wed', 'Weds', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'Peds', 'Neuro', 'Cardiac', 'Surgical', 'Medical', 'Trauma', 'Burn', 'Neonatal', 'Pediatric', 'Paediatric', 'Adult', 'Main', 'Labour', 'Labor',
  ],
  note: 'Months, weekdays, specialties, apps and pronouns that are capitalised after a preposition.',
  source: 'Safe Harbor development notes; corpus/README.md hard negatives',
};

/** Words that end the name of a facility: "Lakeshore General", "Cedar Plains ED", "Pinecrest Manor". */
export const FACILITY_WORDS: WordList = {
  words: [
    'General', 'Regional', 'Memorial', 'Medical Center', 'Medical Centre', 'Hospital', 'Health', 'Health System',
    "Children's", 'Childrens', 'Clinic', 'Manor', 'Infirmary', 'Nursing Home', 'Care Center', 'Rehab', 'Hospice',
    'ED', 'ER', 'Emergency Department', 'Emergency Room', 'Urgent Care', 'Imaging', 'Imaging Center', 'Trauma Center',
    'Maternity', 'Birth Center', 'Birth Centre', 'Health Centre', 'Medical Practice', 'Medical', 'Surgical Center', 'Cancer Institute', 'Cancer Center',
  ],
  note: 'A capitalised name followed by one of these words names a hospital, ED or care home.',
  source: 'guidance.md phi.geo: "our ED in Springfield", named ward or hospital tied to the case',
};

/**
 * Words after a capitalised name that make it a place someone was: a business, a school, a park or
 * a body of water ("the Shell station", "Riverside Cinema", "Lincoln Elementary", "Westbrook neighborhood").
 */
export const LANDMARK_WORDS: WordList = {
  words: [
    'station', 'gas station', 'Cinema', 'Theater', 'Theatre', 'Mall', 'Park', 'Elementary', 'Middle School', 'High School',
    'Academy', 'Stadium', 'Arena', 'Plant', 'Factory', 'Mill', 'Mine', 'Marina', 'Campground', 'Lake', 'Creek', 'Pond',
    'Beach', 'neighborhood', 'neighbourhood', 'subdivision', 'Apartments', 'Estates', 'trailer park', 'County', 'Township',
    'Peninsula', 'Coast', 'Valley', 'Falls', 'Springs', 'Flats', 'Heights', 'Hills', 'Ridge', 'Grove', 'Harbor', 'Harbour',
    'Hollow', 'Landing', 'Crossing', 'Junction', 'area', 'suburb', 'estate', 'Station', 'Domain', 'Reach', 'Cross', 'Bay',
    'Packhouse', 'site', 'shearing shed', 'market', 'turnoff', 'pools', 'Quay', 'Wharf', 'Gardens', 'Common', 'Green',
  ],
  note: 'A capitalised name followed by one of these words names a place smaller than a state.',
  source: 'Issue 10 (a business next to an accident, schools and workplaces, neighbourhoods); HIPAA Safe Harbor identifier (B)',
};
