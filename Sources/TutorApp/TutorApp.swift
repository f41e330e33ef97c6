// TutorApp: the pure Model/Msg/Effect/update/view of every screen.
