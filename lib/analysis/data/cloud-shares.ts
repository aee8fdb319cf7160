/**
 * Hosts of file-sharing services. A link to a shared file or folder of a case's images carries the
 * study itself: in a draft about a case it is a patient's record, wherever it is stored.
 * Validated by tests/analysis/data.test.ts.
 */
export const CLOUD_SHARE_HOSTS = {
  hosts: [
    'sharepoint.com',
    'onedrive.live.com',
    '1drv.ms',
    'drive.google.com',
    'docs.google.com',
    'photos.google.com',
    'photos.app.goo.gl',
    'dropbox.com',
    'db.tt',
    'box.com',
    'app.box.com',
    'wetransfer.com',
    'we.tl',
    'icloud.com',
    'share.icloud.com',
    'mega.nz',
    'pcloud.link',
    'sync.com',
  ],
  note: 'File and photo sharing services whose links open a shared file or folder.',
  source: 'Issue 10 (shared folders of images: SharePoint, Google Drive, Dropbox, OneDrive, Box, WeTransfer, iCloud); the services\' own share-link hosts',
};
