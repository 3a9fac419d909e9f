#pragma once

class QDateEdit;

namespace myfyrio {

/// Shows a date field in the interface language's short date form, with a
/// four-digit year in Welsh as in English (Phrasing::shortDateFormat). Call it
/// when the field is made and again whenever the interface language changes.
void showShortDate(QDateEdit* edit);

} // namespace myfyrio
