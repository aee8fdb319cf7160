/**
 * Short upper-case words in clinical posts that are abbreviations, not a patient's initials
 * ("pt CT", "pt ED"). Validated by tests/analysis/data.test.ts.
 */
export const MEDICAL_ABBREVIATIONS = {
  words: [
    'CT', 'MR', 'MRI', 'US', 'XR', 'CXR', 'KUB', 'PET', 'IR', 'ED', 'ER', 'OR', 'ICU', 'GI', 'GU', 'PE', 'MI', 'AF', 'DVT',
    'CHF', 'COPD', 'CKD', 'AKI', 'UTI', 'HTN', 'DM', 'CAD', 'SBO', 'LLQ', 'RLQ', 'RUQ', 'LUQ', 'ACL', 'PCL', 'MCL', 'LCL',
    'AP', 'PA', 'LAT', 'IV', 'IM', 'PO', 'NPO', 'DNR', 'HPI', 'ROS', 'PMH', 'OK', 'NO', 'IS', 'HAS', 'WAS', 'AND', 'THE',
    'RAD', 'RADS', 'PGY', 'MD', 'DO', 'RN', 'NP', 'RT', 'ID', 'BP', 'HR', 'RR', 'EKG', 'ECG', 'EEG', 'LP', 'NG', 'ET',
    'SAH', 'SDH', 'EDH', 'ICH', 'TIA', 'CVA', 'LVO', 'MCA', 'ACA', 'PCA', 'ICA', 'CTA', 'MRA', 'DWI', 'ADC', 'FLAIR',
    'HU', 'SUV', 'FDG', 'PSA', 'CA', 'TB', 'HIV', 'HCC', 'RCC', 'NSCLC', 'SCC', 'BCC', 'AAA', 'LV', 'RV', 'LA', 'RA',
    'SP', 'POD', 'VS', 'WITH', 'FOR', 'NEW', 'OLD', 'FU', 'NAD', 'WNL', 'SOB', 'CP', 'LOL', 'TBH', 'IMO', 'FYI', 'AM', 'PM',
  ],
  note: 'Imaging, anatomy, diagnosis and chat abbreviations seen after "pt".',
  source: 'Common radiology report abbreviations; Safe Harbor development notes',
};
