// Decap CMS starts itself on import unless told not to; admin/cms.ts starts it with CMS.init.
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
  }
}
window.CMS_MANUAL_INIT = true;
export {};
