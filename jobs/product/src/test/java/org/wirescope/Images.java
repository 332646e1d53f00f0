package org.wirescope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Checks on images the project draws: charts, notebook figures, report screenshots. */
public final class Images {
  private Images() {}

  /**
   * The file decodes as an image of at least the given size, and it is not blank: more than 1% of
   * its pixels differ from the corner's colour, in at least 8 colours.
   */
  public static BufferedImage assertNotBlank(Path png, int minWidth, int minHeight)
      throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    assertTrue(img != null, png + " is not a decodable image");
    assertTrue(
        img.getWidth() >= minWidth && img.getHeight() >= minHeight,
        png
            + " is only "
            + img.getWidth()
            + "x"
            + img.getHeight()
            + ", expected at least "
            + minWidth
            + "x"
            + minHeight);
    int background = img.getRGB(0, 0);
    long differing = 0;
    long sampled = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y);
        sampled++;
        if (rgb != background) {
          differing++;
        }
        if (colours.size() < 64) {
          colours.add(rgb);
        }
      }
    }
    assertTrue(
        differing > sampled / 100,
        png
            + ": only "
            + differing
            + " of "
            + sampled
            + " sampled pixels differ from the background");
    assertTrue(colours.size() >= 8, png + ": only " + colours.size() + " colours");
    return img;
  }
}
