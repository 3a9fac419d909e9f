#include "core/i18n/phrasing.h"

#include <QRegularExpression>

namespace myfyrio {

QString Phrasing::twoNames(const QString& first, const QString& second)
{
    //: Two people's names joined: %1 and %2 are the names. Welsh: "%1 – %2" (an en dash), since a
    //: name after "a" would have to mutate.
    return tr("%1 and %2").arg(first, second);
}

QString Phrasing::shortDateFormat(const QLocale& locale)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString Phrasing::shortDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, shortDateFormat(locale));
}

} // namespace myfyrio
