import Testing
@testable import TutorApp
