#include "core/io/suggestedfilename.h"

namespace myfyrio {

namespace {

QString cleaned(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out.simplified();
}

} // namespace

QString SuggestedFileName::make(const QDate& date, const QString& what, const QStringList& about, const QString& suffix)
{
    QStringList names;
    for (const QString& name : about) {
        if (const QString c = cleaned(name); !c.isEmpty())
            names.append(c);
    }
    QString name = date.toString(QStringLiteral("yyyy-MM-dd"));
    if (const QString kind = cleaned(what); !kind.isEmpty())
        name += QLatin1Char(' ') + kind;
    if (!names.isEmpty())
        name += QStringLiteral(" – ") + names.join(QStringLiteral(", "));
    if (name.size() > 120)
        name = name.left(120).trimmed();
    // A name that ends in a dot or starts with one is hidden or refused on some systems.
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name + QLatin1Char('.') + suffix;
}

} // namespace myfyrio
