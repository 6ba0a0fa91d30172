package org.mentora.certificate.pdf;

import java.awt.image.BufferedImage;

/** QR codes with ZXing: encode a text as PNG or image, decode an image back. */
public final class QrCodes {

  private QrCodes() {}

  public static byte[] png(String text, int sizePixels) {
    throw new UnsupportedOperationException("not yet");
  }

  public static BufferedImage image(String text, int sizePixels) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The text of the QR code found in the image, or null when none is found. */
  public static String decode(BufferedImage image) {
    throw new UnsupportedOperationException("not yet");
  }
}
