"""Small widgets of the review workbench; they show what the App hands them."""
