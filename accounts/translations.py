"""Messages of django-allauth (and the password rules of Django it applies) that a visitor can meet while
signing up, logging in or managing an account with our settings: form labels, placeholders, help text and
errors. allauth ships no Khmer catalogue, so these must be translated in ours.

Each msgid is copied exactly from allauth/account/{forms,fields,adapter}.py and
django/contrib/auth/password_validation.py: gettext finds a translation only for the very same text.
Nothing imports this module; it exists to be read by makemessages.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Labels and placeholders of the login, sign-up, password and email forms (allauth/account/forms.py, fields.py).
FORM_LABELS = [
    gettext_noop("Email"),
    gettext_noop("Email address"),
    gettext_noop("Password"),
    gettext_noop("Password (again)"),
    gettext_noop("Remember Me"),
    gettext_noop("Current Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("Forgot your password?"),
]

# Errors raised by the forms and DefaultAccountAdapter.error_messages (allauth/account/adapter.py).
ERRORS = [
    gettext_noop("You must type the same password each time."),
    gettext_noop("This account is currently inactive."),
    gettext_noop("You cannot remove your primary email address."),
    gettext_noop("This email address is already associated with this account."),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("A user is already registered with this email address."),
    gettext_noop("Please type your current password."),
    gettext_noop("Incorrect password."),
    gettext_noop("Invalid or expired key."),
    gettext_noop("Invalid login."),
    gettext_noop("The password reset token was invalid."),
    gettext_noop("You cannot add more than %d email addresses."),
    gettext_noop("Too many failed login attempts. Try again later."),
    gettext_noop("The email address is not assigned to any user account."),
    gettext_noop("Your primary email address must be verified."),
    gettext_noop("Please select only one."),
    gettext_noop("The new value must be different from the current one."),
    gettext_noop("Be patient, you are sending too many requests."),
]

# Django's password validators (AUTH_PASSWORD_VALIDATORS), shown as help text under a new password and as
# errors; Django's own Khmer catalogue does not translate them. The similarity error names a user field.
PASSWORD_RULES = [
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("This password is too common."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("This password is entirely numeric."),
    gettext_noop("username"),
    gettext_noop("first name"),
    gettext_noop("last name"),
    gettext_noop("email address"),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
]
