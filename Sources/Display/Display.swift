// Display: cells, styles, the screen buffer, display widths and text wrapping (issue: Display and Charts).
