#include "core/supervision/sectiontext.h"

#include "core/supervision/sectioncatalog.h"

#include <QLocale>
#include <QStringList>

namespace myfyrio {

namespace {

QString dateOrDash(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QStringLiteral("—");
}

QString textOrDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed();
}

} // namespace

QString SectionText::fields(const AgreementContent& c, const QString& code)
{
    QStringList lines;
    if (code == QLatin1String("parties")) {
        lines << tr("Supervisor: %1").arg(textOrDash(c.supervisorName))
              << tr("Supervisor's role: %1").arg(textOrDash(c.supervisorRole))
              << tr("Supervisee: %1").arg(textOrDash(c.superviseeName))
              << tr("Supervisee's role: %1").arg(textOrDash(c.superviseeRole));
    } else if (code == QLatin1String("dates")) {
        lines << tr("Start date: %1").arg(dateOrDash(c.startDate))
              << tr("Review date: %1").arg(dateOrDash(c.reviewDate));
    } else if (code == QLatin1String("functions")) {
        QStringList labels;
        for (const QString& f : c.functions)
            labels.append(SectionCatalog::functionLabel(f));
        lines << tr("Functions: %1").arg(labels.isEmpty() ? QStringLiteral("—") : labels.join(QStringLiteral(", ")));
    } else if (code == QLatin1String("practicalities")) {
        lines << (c.frequencyWeeks > 0 ? tr("Frequency: every %n week(s)", nullptr, c.frequencyWeeks)
                                       : tr("Frequency: not agreed yet"))
              << (c.lengthMinutes > 0 ? tr("Length: %n minute(s)", nullptr, c.lengthMinutes)
                                      : tr("Length: not agreed yet"))
              << tr("Format: %1").arg(c.format.isEmpty() ? QStringLiteral("—") : SectionCatalog::formatLabel(c.format));
    }
    return lines.join(QLatin1Char('\n'));
}

QString SectionText::of(const AgreementContent& content, const QString& code)
{
    const QString structured = fields(content, code);
    const QString text = content.text(code).trimmed();
    if (structured.isEmpty())
        return text;
    if (text.isEmpty())
        return structured;
    return structured + QStringLiteral("\n\n") + text;
}

} // namespace myfyrio
