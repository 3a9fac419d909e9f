#include "core/supervision/sectioncatalog.h"

#include "core/i18n/translations.h"

#include <algorithm>
#include <iterator>

namespace myfyrio {

namespace {

struct Entry {
    const char* code;
    const char* title;
    const char* help;
};

// The table translators see: context myfyrio::SectionCatalog.
const Entry sections[] = {
    {"parties", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Parties and roles"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "Who the supervisor and supervisee are, their roles, the line manager, and who covers when "
                       "the supervisor is away.")},
    {"dates", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Dates"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "When the agreement starts and when it will be reviewed (often after three months, then "
                       "every year).")},
    //: Glossary: an agreement's Context is "Cyd-destun"; a failure's Setting is "Sefyllfa".
    {"context", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Context"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "The professional standards (Social Work England, the Social Care Wales Code of "
                       "Professional Practice) and agency policies the supervision works within.")},
    {"functions", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Purpose and functions"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "Which of the four functions the supervision serves, the four stakeholders, and how the "
                       "reflective cycle is used.")},
    {"practicalities", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Practicalities"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "How often, for how long, where, who books, the format, privacy and interruptions.")},
    {"preparation", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Preparation and agenda"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Who sets the agenda and how much notice is given.")},
    {"cancellation", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Cancellation and rescheduling"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "Sessions are cancelled only for emergencies, rebooked within a set number of working "
                       "days, and the reason is recorded.")},
    {"confidentiality", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Confidentiality and its limits"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "The safeguarding and practice-safety exceptions, and who may see the record.")},
    {"recording", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Recording"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "Who writes the record, by when, where it is kept, and the supervisee's right to "
                       "comment on it.")},
    {"expectations", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Expectations of each party"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "What each wants from the other and will bring: learning style, feedback preferences, "
                       "power and difference.")},
    {"difficulties", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "When things go wrong"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "Raise it in supervision first, then with a named person; how the relationship is "
                       "repaired.")},
    {"evaluation", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Evaluating the supervision"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "How and when both parties look at how the supervision "
                                                  "relationship is working.")},
    {"signatures", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Signatures"),
     QT_TRANSLATE_NOOP("myfyrio::SectionCatalog",
                       "Both parties sign with their full names once every section is agreed.")},
};

const Entry functions[] = {
    {"management", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Management"), nullptr},
    {"development", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Development"), nullptr},
    {"support", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Support"), nullptr},
    {"mediation", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Mediation"), nullptr},
};

const Entry formats[] = {
    {"one_to_one", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "One-to-one"), nullptr},
    {"group", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Group"), nullptr},
    {"remote", QT_TRANSLATE_NOOP("myfyrio::SectionCatalog", "Remote"), nullptr},
};

template <std::size_t N> QStringList codesOf(const Entry (&table)[N])
{
    QStringList codes;
    for (const Entry& entry : table)
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}

template <std::size_t N> const Entry* find(const Entry (&table)[N], const QString& code)
{
    const auto it = std::find_if(std::begin(table), std::end(table),
                                 [&code](const Entry& e) { return code == QLatin1String(e.code); });
    return it == std::end(table) ? nullptr : it;
}

} // namespace

const QStringList& SectionCatalog::sectionCodes()
{
    static const QStringList codes = codesOf(sections);
    return codes;
}

bool SectionCatalog::isSection(const QString& code)
{
    return find(sections, code) != nullptr;
}

QString SectionCatalog::title(const QString& code)
{
    const Entry* entry = find(sections, code);
    return entry ? tr(entry->title) : code;
}

QString SectionCatalog::title(const QString& code, const QString& language)
{
    const Entry* entry = find(sections, code);
    return entry ? Translations::translate(language, "myfyrio::SectionCatalog", entry->title) : code;
}

QString SectionCatalog::help(const QString& code)
{
    const Entry* entry = find(sections, code);
    return entry ? tr(entry->help) : QString();
}

const QStringList& SectionCatalog::functionCodes()
{
    static const QStringList codes = codesOf(functions);
    return codes;
}

bool SectionCatalog::isFunction(const QString& code)
{
    return find(functions, code) != nullptr;
}

QString SectionCatalog::functionLabel(const QString& code)
{
    const Entry* entry = find(functions, code);
    return entry ? tr(entry->title) : code;
}

QString SectionCatalog::functionList(const QStringList& codes, const QString& language)
{
    QStringList names;
    for (const QString& code : codes) {
        if (const Entry* entry = find(functions, code))
            names << Translations::translate(language, "myfyrio::SectionCatalog", entry->title);
    }
    return names.join(QStringLiteral(", "));
}

const QStringList& SectionCatalog::formatCodes()
{
    static const QStringList codes = codesOf(formats);
    return codes;
}

bool SectionCatalog::isFormat(const QString& code)
{
    return find(formats, code) != nullptr;
}

QString SectionCatalog::formatLabel(const QString& code)
{
    const Entry* entry = find(formats, code);
    return entry ? tr(entry->title) : code;
}

QString SectionCatalog::partyLabel(const QString& code)
{
    if (code == supervisor())
        return tr("Supervisor");
    if (code == supervisee())
        return tr("Supervisee");
    return code;
}

} // namespace myfyrio
