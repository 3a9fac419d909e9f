#include "app/common/datefield.h"

#include "core/i18n/phrasing.h"

#include <QDateEdit>
#include <QLocale>

namespace myfyrio {

void showShortDate(QDateEdit* edit)
{
    const QLocale locale;
    edit->setLocale(locale);
    edit->setDisplayFormat(Phrasing::shortDateFormat(locale));
}

} // namespace myfyrio
