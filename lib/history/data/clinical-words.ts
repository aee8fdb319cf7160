/**
 * Clinical and chat words a history excerpt may keep although SCOWL's common sizes lack them:
 * radiology vocabulary and shorthand that name no one. Validated by tests/history/mask.test.ts.
 */
export const CLINICAL_WORDS = {
  words: [
    // shorthand
    'pt', 'pts', 'mrn', 'dob', 'ssn', 'dx', 'ddx', 'hx', 'tx', 'rx', 'sx', 'fx', 'fxs', 'yo', 'ct', 'mri', 'mr', 'ed', 'er', 'icu', 'ir', 'cxr', 'kub', 'xr',
    'us', 'ap', 'lat', 'iv', 'po', 'npo', 'f/u', 'w/', 'w/o', 'abd', 'lol', 'fyi', 'imo', 'tbh', 'wtf', 'omg', 'btw', 'oops', 'lmao',
    // imaging
    'radiology', 'radiologist', 'radiologists', 'radiographic', 'radiograph', 'radiographs', 'ultrasound', 'ultrasounds', 'sonographer',
    'sonography', 'fluoroscopy', 'mammogram', 'mammography', 'angiogram', 'angiography', 'tomography', 'contrast', 'xray', 'x-ray',
    'x-rays', 'scout', 'axial', 'coronal', 'sagittal', 'reformat', 'reformats', 'windowing', 'dicom', 'pacs', 'ris', 'emr', 'ehr',
    'attenuation', 'enhancement', 'enhancing', 'hyperdense', 'hypodense', 'hyperintense', 'hypointense', 'echogenic', 'anechoic',
    'sclerotic', 'lytic', 'lucency', 'lucent', 'opacity', 'opacities', 'consolidation', 'atelectasis', 'effusion', 'effusions',
    // anatomy
    'femur', 'femoral', 'tibia', 'tibial', 'fibula', 'humerus', 'humeral', 'radius', 'ulna', 'scaphoid', 'clavicle', 'scapula',
    'pelvis', 'pelvic', 'sacrum', 'coccyx', 'vertebra', 'vertebrae', 'vertebral', 'cervical', 'thoracic', 'lumbar', 'cranial',
    'intracranial', 'pleura', 'pleural', 'pericardial', 'peritoneal', 'retroperitoneal', 'mediastinum', 'mediastinal', 'hilar',
    'pancreas', 'pancreatic', 'spleen', 'splenic', 'renal', 'adrenal', 'hepatic', 'biliary', 'gallbladder', 'bowel', 'duodenum',
    'jejunum', 'ileum', 'cecum', 'appendix', 'sigmoid', 'rectum', 'bladder', 'ureter', 'urethra', 'prostate', 'uterus', 'ovary',
    'ovarian', 'testis', 'testicular', 'thyroid', 'carotid', 'aorta', 'aortic', 'ventricle', 'ventricular', 'atrial', 'menisci',
    'meniscus', 'meniscal', 'ligament', 'tendon', 'cartilage', 'cortex', 'cortical', 'marrow', 'sinuses',
    // findings
    'pneumothorax', 'pneumonia', 'nodule', 'nodules', 'mass', 'masses', 'cyst', 'cysts', 'hernia', 'aneurysm', 'dissection',
    'embolus', 'emboli', 'embolism', 'hemorrhage', 'haemorrhage', 'hematoma', 'haematoma', 'infarct', 'infarction', 'ischemia',
    'stenosis', 'occlusion', 'abscess', 'obstruction', 'intussusception', 'volvulus', 'malrotation', 'carcinoma', 'lymphoma',
    'metastasis', 'metastases', 'metastatic', 'malignancy', 'benign', 'thrombus', 'thrombosis', 'perforation', 'edema', 'oedema',
    'calcification', 'calcified', 'fracture', 'fractures', 'fractured', 'dislocation', 'subluxation', 'avulsion', 'contusion',
    'laceration', 'incidentaloma', 'incidental', 'differential', 'follow-up', 'workup', 'postoperative', 'preoperative',
  ],
  note: 'Imaging, anatomy and finding words, and shorthand, that describe a case without naming anyone.',
  source: 'Common radiology report vocabulary; Safe Harbor development notes',
};
