// Libraries the probe-file generator uses that ship no types.
declare module 'dcmjs';
declare module 'piexifjs';
