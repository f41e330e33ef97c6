// Charts: text plots drawn into a region of a Display buffer (issue: Display and Charts).
import Display
