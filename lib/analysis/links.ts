import { CLOUD_SHARE_HOSTS } from './data/cloud-shares';
import { matchAll } from './text';

/** A link with or without its scheme, or a bare IPv4 address with an optional port and path. */
const LINK = /(?<![@\w.-])(?:https?:\/\/)?(?:(?:\d{1,3}\.){3}\d{1,3}|(?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d{2,5})?(?:[/?#][^\s<>"'()]*)?/gi;
export const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\w:])/gi;
const IPV4 = /^(?:https?:\/\/)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/;

/** Host names of internal networks and clinical systems. */
const INTERNAL_HOST = /(?:\.(?:local|corp|internal|intranet|lan|home\.arpa|private)$)|(?:^|[.-])(?:pacs|emr|ehr|epic|cerner|meditech|mychart|chart|portal|patient|patients|records?|healthrecords?|viewer|dicom|wado|ris|vpn|intranet|citrix|vna)(?:[.-]|\d|$)/i;
/** Paths and parameters that open a patient's record or study. */
const RECORD_PATH = /[?&;](?:mrn|acc|accession\w*|patient_?id|pid|ptid|study(?:uid|instanceuid)?|encounter\w*|csn|fin)=|\/(?:patients?|chart|records?|studies|study|viewer|dicom-web|wado)\b/i;

/** A host of a file-sharing service, or one of its subdomains ("tamsinhealth-my.sharepoint.com"). */
export function isCloudShareHost(host: string): boolean {
  const bare = host.replace(/^www\./, '');
  return CLOUD_SHARE_HOSTS.hosts.some((h) => bare === h || bare.endsWith(`.${h}`)) || SHARE_LABEL.test(bare);
}

/** A file-sharing server under an organisation's own domain: "sharepoint.annaghmore.ie", "drive.example.com". */
const SHARE_LABEL = /^(?:sharepoint|onedrive|drive|files|fileshare|share|nextcloud|owncloud|filr|sync)[.-]/i;

export function isIpAddress(link: string): boolean {
  const m = IPV4.exec(link);
  return !!m && m.slice(1).every((part) => Number(part) <= 255);
}

export interface InternalLink {
  start: number;
  end: number;
  link: string;
  ip: boolean;
  /** A shared file or folder on a file-sharing service: a patient's record only in a draft about a case. */
  cloudShare: boolean;
}

/**
 * Links and IPv4 addresses that point into an internal network, a clinical system or a record, and
 * links to shared files or folders on file-sharing services.
 */
export function internalLinks(text: string): InternalLink[] {
  const out: InternalLink[] = [];
  for (const m of matchAll(text, LINK)) {
    const link = m[0].replace(/[.,;:!?]+$/, '');
    const host = link.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0]!.toLowerCase();
    const ip = isIpAddress(link);
    if (!ip && /^\d+(?:\.\d+)+$/.test(host)) continue; // version numbers, UIDs, decimals
    const internal = ip || INTERNAL_HOST.test(host) || RECORD_PATH.test(link);
    // A shared file or folder, not the service's home page; an internal or record link counts as such first.
    const cloudShare = !internal && isCloudShareHost(host) && /[/?]./.test(link.slice(link.indexOf(host) + host.length));
    if (!internal && !cloudShare) continue;
    out.push({ start: m.index, end: m.index + link.length, link, ip, cloudShare });
  }
  return out;
}


