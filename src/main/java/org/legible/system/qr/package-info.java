/** Links drawn as QR codes in SVG ({@link org.legible.system.qr.QrCode}), for pages to show. */
@org.springframework.modulith.NamedInterface("qr")
package org.legible.system.qr;
