//! Tunes the webview for what LPHM is: text, tables and small images, no video, no 3D.
//!
//! On Linux, WebKitGTK composites with OpenGL by default. On the old laptops LPHM is made
//! for, and under a virtual display, that means software GL: about 80 MB more memory in the
//! web process and a slower first paint, for no visible gain, plus the blank-window bugs of
//! some GPU drivers. So: no hardware acceleration, no WebGL, and the "document viewer"
//! cache model, which keeps the smallest in-memory caches.

#[cfg(target_os = "linux")]
pub fn tune(window: &tauri::WebviewWindow) {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
    };
    let _ = window.with_webview(|webview| {
        let view = webview.inner();
        if let Some(settings) = WebViewExt::settings(&view) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            settings.set_enable_webgl(false);
            settings.set_enable_webaudio(false);
            settings.set_enable_media(false);
            settings.set_enable_page_cache(false);
        }
        if let Some(context) = view.context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
    });
}

#[cfg(not(target_os = "linux"))]
pub fn tune(_window: &tauri::WebviewWindow) {}
