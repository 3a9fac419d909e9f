#include "core/supervision/agreementcontent.h"

#include "core/supervision/sectioncatalog.h"
#include "core/util/timestamps.h"

#include <QJsonArray>

namespace myfyrio {

namespace {

QString canonicalText(const QString& text)
{
    QString result = text.normalized(QString::NormalizationForm_C);
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Trailing blank lines and spaces carry no meaning and differ between editors.
    while (!result.isEmpty() && result.back().isSpace())
        result.chop(1);
    return result;
}

QString canonicalLine(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? timestamps::toStorage(date) : QString();
}

} // namespace

QString AgreementContent::partyName(const QString& party) const
{
    return party == SectionCatalog::supervisor() ? supervisorName : superviseeName;
}

AgreementContent AgreementContent::normalized() const
{
    AgreementContent c = *this;
    c.supervisorName = canonicalLine(supervisorName);
    c.supervisorRole = canonicalLine(supervisorRole);
    c.superviseeName = canonicalLine(superviseeName);
    c.superviseeRole = canonicalLine(superviseeRole);
    c.format = format.trimmed();
    c.functions.clear();
    for (const QString& code : SectionCatalog::functionCodes()) {
        if (functions.contains(code))
            c.functions.append(code);
    }
    c.texts.clear();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const QString text = canonicalText(it.value());
        if (!text.isEmpty())
            c.texts.insert(it.key(), text);
    }
    return c;
}

QJsonObject AgreementContent::toJson() const
{
    const AgreementContent c = normalized();
    QJsonObject sections;
    for (const QString& code : SectionCatalog::sectionCodes())
        sections.insert(code, c.texts.value(code));
    // Unknown codes (from a newer Myfyrio) are kept, not dropped.
    for (auto it = c.texts.cbegin(); it != c.texts.cend(); ++it)
        sections.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("parties"),
         QJsonObject{{QStringLiteral("supervisor"), QJsonObject{{QStringLiteral("name"), c.supervisorName},
                                                                {QStringLiteral("role"), c.supervisorRole}}},
                     {QStringLiteral("supervisee"), QJsonObject{{QStringLiteral("name"), c.superviseeName},
                                                                {QStringLiteral("role"), c.superviseeRole}}}}},
        {QStringLiteral("dates"), QJsonObject{{QStringLiteral("start"), dateText(c.startDate)},
                                              {QStringLiteral("review"), dateText(c.reviewDate)}}},
        {QStringLiteral("practicalities"), QJsonObject{{QStringLiteral("frequencyWeeks"), c.frequencyWeeks},
                                                       {QStringLiteral("lengthMinutes"), c.lengthMinutes},
                                                       {QStringLiteral("format"), c.format}}},
        {QStringLiteral("functions"), QJsonArray::fromStringList(c.functions)},
        {QStringLiteral("sections"), sections},
    };
}

Expected<AgreementContent> AgreementContent::fromJson(const QJsonObject& object)
{
    const auto bad = [](const QString& what) {
        //: %1 names a part of the agreement (a key in the file).
        return Failure{tr("The agreement's content is not readable: %1 is missing or wrong.").arg(what)};
    };
    const QJsonValue parties = object.value(QStringLiteral("parties"));
    const QJsonValue dates = object.value(QStringLiteral("dates"));
    const QJsonValue practicalities = object.value(QStringLiteral("practicalities"));
    const QJsonValue functions = object.value(QStringLiteral("functions"));
    const QJsonValue sections = object.value(QStringLiteral("sections"));
    if (!parties.isObject())
        return bad(QStringLiteral("parties"));
    if (!dates.isObject())
        return bad(QStringLiteral("dates"));
    if (!practicalities.isObject())
        return bad(QStringLiteral("practicalities"));
    if (!functions.isArray())
        return bad(QStringLiteral("functions"));
    if (!sections.isObject())
        return bad(QStringLiteral("sections"));

    AgreementContent c;
    for (const QString& party : {SectionCatalog::supervisor(), SectionCatalog::supervisee()}) {
        const QJsonValue p = parties.toObject().value(party);
        if (!p.isObject() || !p.toObject().value(QStringLiteral("name")).isString()
            || !p.toObject().value(QStringLiteral("role")).isString())
            return bad(QStringLiteral("parties.") + party);
        const QString name = p.toObject().value(QStringLiteral("name")).toString();
        const QString role = p.toObject().value(QStringLiteral("role")).toString();
        (party == SectionCatalog::supervisor() ? c.supervisorName : c.superviseeName) = name;
        (party == SectionCatalog::supervisor() ? c.supervisorRole : c.superviseeRole) = role;
    }
    for (const QString& key : {QStringLiteral("start"), QStringLiteral("review")}) {
        const QJsonValue v = dates.toObject().value(key);
        if (!v.isString())
            return bad(QStringLiteral("dates.") + key);
        QDate date;
        if (!v.toString().isEmpty()) {
            date = timestamps::parseIsoDate(v.toString());
            if (!date.isValid())
                return bad(QStringLiteral("dates.") + key);
        }
        (key == QLatin1String("start") ? c.startDate : c.reviewDate) = date;
    }
    const QJsonObject p = practicalities.toObject();
    if (!p.value(QStringLiteral("frequencyWeeks")).isDouble())
        return bad(QStringLiteral("practicalities.frequencyWeeks"));
    if (!p.value(QStringLiteral("lengthMinutes")).isDouble())
        return bad(QStringLiteral("practicalities.lengthMinutes"));
    if (!p.value(QStringLiteral("format")).isString())
        return bad(QStringLiteral("practicalities.format"));
    c.frequencyWeeks = p.value(QStringLiteral("frequencyWeeks")).toInt();
    c.lengthMinutes = p.value(QStringLiteral("lengthMinutes")).toInt();
    c.format = p.value(QStringLiteral("format")).toString();
    for (const QJsonValue& f : functions.toArray()) {
        if (!f.isString())
            return bad(QStringLiteral("functions"));
        c.functions.append(f.toString());
    }
    const QJsonObject s = sections.toObject();
    for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
        if (!it.value().isString())
            return bad(QStringLiteral("sections.") + it.key());
        c.texts.insert(it.key(), it.value().toString());
    }
    if (const QString problem = c.validate(); !problem.isEmpty())
        return Failure{problem};
    return c.normalized();
}

QString AgreementContent::validate() const
{
    if (supervisorName.trimmed().isEmpty())
        return tr("The agreement needs the supervisor's name.");
    if (superviseeName.trimmed().isEmpty())
        return tr("The agreement needs the supervisee's name.");
    if (startDate.isValid() && reviewDate.isValid() && reviewDate < startDate)
        return tr("The review date cannot come before the start date.");
    if (frequencyWeeks < 0 || frequencyWeeks > 52)
        return tr("Sessions can be agreed every 1 to 52 weeks.");
    if (lengthMinutes < 0 || lengthMinutes > 480)
        return tr("A session can be agreed to last up to 480 minutes.");
    if (!format.isEmpty() && !SectionCatalog::isFormat(format))
        //: %1 is what the person typed.
        return tr("“%1” is not a session format Myfyrio knows.").arg(format);
    for (const QString& f : functions) {
        if (!SectionCatalog::isFunction(f))
            //: %1 is what the person typed.
            return tr("“%1” is not one of the four functions of supervision.").arg(f);
    }
    return {};
}

bool AgreementContent::operator==(const AgreementContent& other) const
{
    return toJson() == other.toJson();
}

} // namespace myfyrio
