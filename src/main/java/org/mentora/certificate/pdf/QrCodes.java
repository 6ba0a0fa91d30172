package org.mentora.certificate.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes with ZXing: encode a text as PNG or image, decode an image back. Thread-safe. */
public final class QrCodes {

  private static final Map<EncodeHintType, Object> ENCODE =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET,
          "UTF-8",
          EncodeHintType.MARGIN,
          4);

  private static final Map<DecodeHintType, Object> DECODE =
      Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8");

  private QrCodes() {}

  /** A PNG of the code, at least {@code sizePixels} square (more when the text needs it). */
  public static byte[] png(String text, int sizePixels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(text, sizePixels), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A black-on-white, one-bit image of the code; with {@code sizePixels} 0 each module is one pixel
   * (the smallest image, for scaling in a PDF).
   */
  public static BufferedImage image(String text, int sizePixels) {
    return MatrixToImageWriter.toBufferedImage(matrix(text, sizePixels));
  }

  static BitMatrix matrix(String text, int sizePixels) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels, ENCODE);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "Cannot encode a QR code of " + text.length() + " chars", e);
    }
  }

  /** The text of the QR code found in the image, or null when none is found. */
  public static String decode(BufferedImage image) {
    LuminanceSource source = new BufferedImageLuminanceSource(image);
    try {
      return new QRCodeReader()
          .decode(new BinaryBitmap(new HybridBinarizer(source)), DECODE)
          .getText();
    } catch (NotFoundException e) {
      return null;
    } catch (ReaderException e) {
      return null;
    }
  }
}
