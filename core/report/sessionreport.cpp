// The record of one supervision session.

#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/report/reporthtml.h"
#include "core/report/reportkinds.h"
#include "core/report/reportsource.h"
#include "core/report/titleblock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"

namespace myfyrio::reports {

namespace {

const char* const catalogContext = "myfyrio::SectionCatalog";

Expected<QString> resolveSessionId(const Database& database, const QString& id)
{
    auto query = sql::run(database.connection(),
                          QStringLiteral("SELECT id FROM supervision_session WHERE substr(id, 1, length(:p)) = :p"),
                          {{QStringLiteral("p"), id.trimmed().toLower()}});
    if (!query)
        return query.failure();
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    if (ids.size() != 1)
        //: %1 is what the person typed.
        return Failure{ReportSource::tr("There is no session with the id “%1”.").arg(id)};
    return ids.constFirst();
}

/// Agenda items that are reflections only when the reflection may be shared.
Expected<QVector<AgendaItem>> shareableAgenda(const ReportSource& source, const QVector<AgendaItem>& agenda)
{
    QVector<AgendaItem> items;
    const ReflectionStore store(source.database());
    for (const AgendaItem& item : agenda) {
        if (item.kind == AgendaItem::Kind::Reflection && !source.options().includePrivate) {
            auto found = store.find(item.itemId);
            if (!found)
                return found.failure();
            if (!found->has_value() || !(*found)->bringToSupervision)
                continue;
        }
        items.append(item);
    }
    return items;
}

/// The two people in the session, as the agreement names them.
struct Parties {
    QString supervisor;
    QString supervisee;
};

QStringList catalogLabels(const ReportLanguage& language, const char* source)
{
    QStringList labels;
    for (const QString& lang : language.languages())
        labels << Translations::translate(lang, catalogContext, source);
    labels.removeDuplicates();
    return labels;
}

/// A place for each of them to sign and date the record: one short table,
/// so that it stays on one page with its heading.
void writeSignatures(ReportHtml& html, const Parties& parties)
{
    const ReportLanguage& language = html.language();
    const QString blank = QStringLiteral("____________________");
    auto label = [&language](const char* source) {
        return QStringLiteral("<b>%1</b>").arg(ReportHtml::stacked(language.labels(source)));
    };
    auto nameOr = [&blank](const QString& name) {
        return ReportHtml::escaped(name.trimmed().isEmpty() ? blank : name.trimmed());
    };
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Signatures"));
    html.table(
        {QStringList{QString()}, catalogLabels(language, "Supervisor"), catalogLabels(language, "Supervisee")},
        {{label(QT_TRANSLATE_NOOP("myfyrio::Report", "Name")), nameOr(parties.supervisor), nameOr(parties.supervisee)},
         {label(QT_TRANSLATE_NOOP("myfyrio::Report", "Signature")), blank, blank},
         {label(QT_TRANSLATE_NOOP("myfyrio::Report", "Date")), blank, blank}},
        {24, 38, 38});
    html.note(language.labels(
        QT_TRANSLATE_NOOP("myfyrio::Report", "By signing, we agree that this is a fair record of the session.")));
}

void writeSession(ReportHtml& html, const Session& session, const QVector<AgendaItem>& agenda, const Parties& parties)
{
    const ReportLanguage& language = html.language();
    html.beginFields();
    if (!parties.supervisor.trimmed().isEmpty())
        html.field(catalogLabels(language, "Supervisor"), parties.supervisor);
    if (!parties.supervisee.trimmed().isEmpty())
        html.field(catalogLabels(language, "Supervisee"), parties.supervisee);
    QStringList dates;
    for (const QString& lang : language.languages())
        dates << ReportLanguage::longDate(lang, session.date);
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Date"), dates);
    html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Status"),
               language.labels(session.held       ? QT_TRANSLATE_NOOP("myfyrio::Report", "Held")
                               : session.rebooked ? QT_TRANSLATE_NOOP("myfyrio::Report", "Cancelled and rebooked")
                                                  : QT_TRANSLATE_NOOP("myfyrio::Report", "Cancelled")));
    if (!session.held && !session.cancelReason.trimmed().isEmpty())
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Reason for cancelling"), session.cancelReason.trimmed());
    QStringList functions;
    for (const QString& lang : language.languages())
        functions << SectionCatalog::functionList(session.functions, lang);
    functions.removeDuplicates();
    if (!session.functions.isEmpty())
        html.field(QT_TRANSLATE_NOOP("myfyrio::Report", "Functions covered"), functions);
    html.endFields();

    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Agenda"));
    if (agenda.isEmpty())
        html.note(language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "None.")));
    QList<QStringList> rows;
    for (const AgendaItem& item : agenda) {
        QStringList itemDates;
        for (const QString& lang : language.languages())
            itemDates << (item.date.isValid() ? ReportLanguage::shortDate(lang, item.date) : QString());
        itemDates.removeAll(QString());
        rows.append({ReportHtml::escaped(item.title),
                     ReportHtml::stacked(language.labels(item.kind == AgendaItem::Kind::Action
                                                             ? QT_TRANSLATE_NOOP("myfyrio::Report", "Action")
                                                             : QT_TRANSLATE_NOOP("myfyrio::Report", "Reflection"))),
                     ReportHtml::stacked(itemDates)});
    }
    if (!rows.isEmpty())
        html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Title")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Kind")),
                    language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Date"))},
                   rows, {60, 20, 20});
    if (!session.notes.trimmed().isEmpty()) {
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Discussion notes"));
        html.userText(session.notes);
    }
    if (!session.decisions.trimmed().isEmpty()) {
        html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Decisions"));
        html.userText(session.decisions);
    }
    if (session.actions.isEmpty()) {
        writeSignatures(html, parties);
        return;
    }
    html.heading(2, QT_TRANSLATE_NOOP("myfyrio::Report", "Actions"));
    rows.clear();
    for (const SessionAction& action : session.actions) {
        QStringList owners;
        QStringList due;
        for (const QString& lang : language.languages()) {
            owners << Translations::translate(
                lang, catalogContext, action.owner == SectionCatalog::supervisor() ? "Supervisor" : "Supervisee");
            due << (action.due.isValid() ? ReportLanguage::shortDate(lang, action.due) : QString());
        }
        owners.removeDuplicates();
        due.removeAll(QString());
        rows.append({ReportHtml::escaped(action.description), ReportHtml::stacked(owners), ReportHtml::stacked(due),
                     ReportHtml::stacked(language.labels(action.done ? QT_TRANSLATE_NOOP("myfyrio::Report", "Done")
                                                                     : QT_TRANSLATE_NOOP("myfyrio::Report", "Open")))});
    }
    html.table({language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Action")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Owner")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "Due")),
                language.labels(QT_TRANSLATE_NOOP("myfyrio::Report", "State"))},
               rows, {46, 20, 20, 14});
    writeSignatures(html, parties);
}

} // namespace

Expected<ReportContent> session(const ReportSource& source)
{
    const ReportOptions& options = source.options();
    auto id = resolveSessionId(source.database(), options.id);
    if (!id)
        return id.failure();
    auto found = SessionStore(source.database()).find(*id);
    if (!found)
        return found.failure();
    if (!found->has_value())
        //: %1 is the id as it was given.
        return Failure{ReportSource::tr("There is no session with the id “%1”.").arg(options.id)};
    const Session record = **found;
    auto agenda = shareableAgenda(source, record.agenda);
    if (!agenda)
        return agenda.failure();
    Parties parties;
    auto agreement = AgreementStore(source.database()).find(record.agreementId);
    if (!agreement)
        return agreement.failure();
    if (agreement->has_value() && (*agreement)->current()) {
        parties.supervisor = (*agreement)->current()->content.supervisorName;
        parties.supervisee = (*agreement)->current()->content.superviseeName;
    }

    TitleBlock title;
    title.title = QT_TRANSLATE_NOOP("myfyrio::Report", "Supervision session record");
    title.owner = source.ownerName();
    title.privateCopy = options.includePrivate;

    ReportContent content;
    content.language = ReportLanguage(options.language);
    content.paper = options.paper;
    content.title = ReportLanguage::label(content.language.primary(), title.title);
    content.footer = title.footer(content.language);
    content.html = [title, record, items = *agenda, parties, language = content.language](const QHash<QString, int>&) {
        ReportHtml html(language);
        title.write(html);
        writeSession(html, record, items, parties);
        return html.html();
    };
    return content;
}

} // namespace myfyrio::reports
