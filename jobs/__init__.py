"""Long admin jobs (an export of thousands of applications, a move of all the applications a list shows) done
by a Celery worker in batches, while the person who asked watches their progress in the admin."""
