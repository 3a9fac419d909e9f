#include "core/io/backuprules.h"

#include "core/failure/failurespectrum.h"
#include "core/journal/reflection.h"
#include "core/journal/systemscale.h"
#include "core/journal/tagstore.h"
#include "core/models/modelcatalog.h"
#include "core/supervision/sectioncatalog.h"
#include "core/util/timestamps.h"

#include <QHash>
#include <QJsonDocument>
#include <QUuid>

#include <limits>

namespace myfyrio {

namespace {

enum class Rule { Id, Date, DateOrEmpty, Time, Code, Range, NonEmpty, TagFolded, ModelDefinition };

struct ColumnRule {
    QString column;
    Rule rule;
    QStringList codes;
    qint64 minimum = 0;
    qint64 maximum = 0;
};

ColumnRule rule(const char* column, Rule kind)
{
    return ColumnRule{QString::fromLatin1(column), kind, {}, 0, 0};
}

ColumnRule codes(const char* column, const QStringList& allowed)
{
    return ColumnRule{QString::fromLatin1(column), Rule::Code, allowed, 0, 0};
}

ColumnRule range(const char* column, qint64 minimum, qint64 maximum)
{
    return ColumnRule{QString::fromLatin1(column), Rule::Range, {}, minimum, maximum};
}

ColumnRule flag(const char* column)
{
    return range(column, 0, 1);
}

QStringList parties()
{
    return {SectionCatalog::supervisor(), SectionCatalog::supervisee()};
}

template <typename T> QStringList codesOf(const QVector<T>& values)
{
    QStringList result;
    for (const T& value : values)
        result << FailureSpectrum::code(value);
    return result;
}

/// The meaning of the tables this version of Myfyrio writes; the checks every
/// table gets (kinds, required values, ids) come first.
const QHash<QString, QVector<ColumnRule>>& tableRules()
{
    static const QHash<QString, QVector<ColumnRule>> rules = [] {
        constexpr qint64 most = std::numeric_limits<int>::max();
        QHash<QString, QVector<ColumnRule>> r;
        r.insert(QStringLiteral("reflection"),
                 {rule("entry_date", Rule::Date), rule("created_at", Rule::Time), rule("updated_at", Rule::Time),
                  codes("lang", {languageCodeWelsh(), languageCodeEnglish()}), flag("bring_to_supervision"),
                  rule("model", Rule::NonEmpty), codes("scale", SystemScale::codes()), flag("dont_resurface"),
                  range("revision", 1, std::numeric_limits<qint64>::max())});
        r.insert(QStringLiteral("reflection_trash"),
                 {rule("reflection_id", Rule::NonEmpty), rule("entry_date", Rule::DateOrEmpty),
                  rule("deleted_at", Rule::Time)});
        r.insert(QStringLiteral("tag"), {rule("name", Rule::NonEmpty), rule("folded", Rule::TagFolded)});
        r.insert(QStringLiteral("reflection_tag"),
                 {rule("reflection_id", Rule::NonEmpty), rule("tag_id", Rule::NonEmpty)});
        r.insert(QStringLiteral("failure_placement"),
                 {rule("reflection_id", Rule::NonEmpty), codes("reason", codesOf(FailureSpectrum::reasons())),
                  codes("type", codesOf(FailureSpectrum::types())), flag("type_overridden"),
                  codes("setting", codesOf(FailureSpectrum::settings())), range("blame_felt", 0, 4)});
        r.insert(QStringLiteral("reflection_answer"),
                 {rule("reflection_id", Rule::NonEmpty), rule("prompt_code", Rule::NonEmpty)});
        r.insert(QStringLiteral("reflective_model"),
                 {rule("code", Rule::NonEmpty), rule("definition", Rule::ModelDefinition),
                  rule("created_at", Rule::Time), rule("updated_at", Rule::Time)});
        r.insert(QStringLiteral("reflection_action"),
                 {rule("reflection_id", Rule::NonEmpty), range("position", 0, most), rule("text", Rule::NonEmpty),
                  rule("due_date", Rule::Date), flag("done"), rule("done_at", Rule::Time),
                  rule("created_at", Rule::Time), rule("updated_at", Rule::Time)});
        r.insert(QStringLiteral("supervision_agreement"),
                 {codes("owner_role", parties()), rule("ended_on", Rule::DateOrEmpty), rule("created_at", Rule::Time),
                  rule("updated_at", Rule::Time)});
        r.insert(QStringLiteral("supervision_agreement_version"),
                 {rule("agreement_id", Rule::NonEmpty), range("number", 1, most),
                  codes("origin", {QStringLiteral("local"), QStringLiteral("imported"), QStringLiteral("diverged")}),
                  rule("created_at", Rule::Time), rule("updated_at", Rule::Time)});
        r.insert(QStringLiteral("supervision_signature"),
                 {rule("version_id", Rule::NonEmpty), codes("party", parties()), rule("full_name", Rule::NonEmpty),
                  rule("signed_on", Rule::Date)});
        r.insert(QStringLiteral("supervision_session"),
                 {rule("agreement_id", Rule::NonEmpty), rule("session_date", Rule::Date),
                  codes("status", {QStringLiteral("held"), QStringLiteral("cancelled")}), flag("rebooked"),
                  rule("created_at", Rule::Time), rule("updated_at", Rule::Time)});
        r.insert(QStringLiteral("supervision_session_function"),
                 {rule("session_id", Rule::NonEmpty), codes("function", SectionCatalog::functionCodes())});
        r.insert(QStringLiteral("supervision_agenda_item"),
                 {rule("session_id", Rule::NonEmpty), range("position", 0, most),
                  codes("kind", {QStringLiteral("reflection"), QStringLiteral("action")}),
                  rule("item_id", Rule::NonEmpty)});
        r.insert(QStringLiteral("supervision_action"),
                 {rule("agreement_id", Rule::NonEmpty), rule("session_id", Rule::NonEmpty), codes("owner", parties()),
                  rule("due_date", Rule::DateOrEmpty), flag("done"), rule("created_at", Rule::Time)});
        return r;
    }();
    return rules;
}

bool hasKind(const QVariant& value, ColumnKind kind)
{
    const int type = value.typeId();
    switch (kind) {
    case ColumnKind::Text:
        return type == QMetaType::QString;
    case ColumnKind::Integer:
        return type == QMetaType::LongLong;
    case ColumnKind::Real:
        return type == QMetaType::LongLong || type == QMetaType::Double;
    case ColumnKind::Blob:
        return type == QMetaType::QByteArray;
    case ColumnKind::Any:
        break;
    }
    return true;
}

/// Every table: the values' kinds, what is required, the record's identity.
QString shapeProblem(const JournalTable& table, const BackupRow& row)
{
    if (!row.problem.isEmpty())
        return row.problem;
    for (int i = 0; i < table.columns.size(); ++i) {
        const QString& column = table.columns.at(i);
        if ((table.required.at(i) && row.isNull(i))
            || (!table.nullable.at(i) && row.present(i) && row.values.at(i).isNull()))
            //: %1 is the name of a column.
            return BackupRules::tr("The value of “%1” is missing.").arg(column);
        if (!row.present(i) || row.values.at(i).isNull())
            continue;
        if (!hasKind(row.values.at(i), table.kinds.at(i)))
            //: %1 is the name of a column.
            return BackupRules::tr("The value of “%1” is of the wrong kind.").arg(column);
    }
    for (const QString& key : table.identity) {
        const int column = table.columnIndex(key);
        if (table.identity.size() < table.columns.size() && (row.isNull(column) || row.text(column).isEmpty()))
            return key == QLatin1String("id") ? BackupRules::tr("It has no id.")
                                              //: %1 is the name of a column.
                                              : BackupRules::tr("The value of “%1” is missing.").arg(key);
    }
    if (table.identity == QStringList{QStringLiteral("id")}
        && !BackupRules::isId(row.text(table.columnIndex(table.identity.constFirst()))))
        //: %1 is the id the backup gives.
        return BackupRules::tr("Its id “%1” is not a valid record id.")
            .arg(row.text(table.columnIndex(QStringLiteral("id"))));
    return {};
}

QString modelProblem(const BackupRow& row, const JournalTable& table, const QString& definition)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(definition.toUtf8(), &error);
    auto model = ReflectiveModel::fromJson(doc.object());
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !model)
        return BackupRules::tr("Its definition is not a reflective model that can be read.");
    const QString code = row.text(table.columnIndex(QStringLiteral("code")));
    if (model->code != code)
        //: %1 is another model's code.
        return BackupRules::tr("Its definition is for another model (“%1”).").arg(model->code);
    if (ModelCatalog::builtIn(code))
        //: %1 is the model's code.
        return BackupRules::tr("Its code “%1” is the code of a built-in model.").arg(code);
    return {};
}

QString ruleProblem(const JournalTable& table, const BackupRow& row, const ColumnRule& r)
{
    const int column = table.columnIndex(r.column);
    if (column < 0 || row.isNull(column))
        return {}; // a column this journal lacks, or left to its default or NULL (the shape allows it)
    const QVariant value = row.values.at(column);
    const QString text = value.toString();
    switch (r.rule) {
    case Rule::Id:
        if (!BackupRules::isId(text))
            //: %1 is the id the backup gives.
            return BackupRules::tr("Its id “%1” is not a valid record id.").arg(text);
        break;
    case Rule::Date:
    case Rule::DateOrEmpty:
        if (r.rule == Rule::DateOrEmpty && text.isEmpty())
            break;
        if (!BackupRules::isDate(text))
            //: %1 is the date as the backup gives it, %2 the name of its column.
            return BackupRules::tr("The date “%1” in “%2” is not a real date.").arg(text, r.column);
        if (const int year = QStringView(text).left(4).toInt(); year < 1900)
            //: %1 is the date as the backup gives it, %2 the name of its column.
            return BackupRules::tr("The date “%1” in “%2” is outside the years 1900 to 9999.").arg(text, r.column);
        break;
    case Rule::Time:
        if (!BackupRules::isTime(text))
            //: %1 is the time as the backup gives it, %2 the name of its column.
            return BackupRules::tr("The time “%1” in “%2” is not a valid time.").arg(text, r.column);
        break;
    case Rule::Code:
        if (!r.codes.contains(text))
            //: %1 is the value as the backup gives it, %2 the name of its column.
            return BackupRules::tr("The value “%1” of “%2” is not one this journal knows.").arg(text, r.column);
        break;
    case Rule::Range:
        if (value.typeId() != QMetaType::LongLong || value.toLongLong() < r.minimum || value.toLongLong() > r.maximum)
            //: %1 is the value as the backup gives it, %2 the name of its column.
            return BackupRules::tr("The value %1 of “%2” is out of range.").arg(text, r.column);
        break;
    case Rule::NonEmpty:
        if (text.trimmed().isEmpty())
            //: %1 is the name of a column.
            return BackupRules::tr("The value of “%1” is empty.").arg(r.column);
        break;
    case Rule::TagFolded: {
        const QString name = row.text(table.columnIndex(QStringLiteral("name")));
        if (text != TagStore::folded(name))
            //: %1 is the tag's name as compared (folded), %2 the tag's name.
            return BackupRules::tr("Its folded name “%1” does not match its name “%2”.").arg(text, name);
        break;
    }
    case Rule::ModelDefinition:
        return modelProblem(row, table, text);
    }
    return {};
}

/// A type the reason does not suggest must be marked as the writer's choice.
QString failureTypeProblem(const JournalTable& table, const BackupRow& row)
{
    const auto reason = FailureSpectrum::reasonFromCode(row.text(table.columnIndex(QStringLiteral("reason"))));
    const int overridden = table.columnIndex(QStringLiteral("type_overridden"));
    if (!reason || (overridden >= 0 && row.value(overridden).toLongLong() != 0))
        return {};
    if (row.text(table.columnIndex(QStringLiteral("type")))
        != FailureSpectrum::code(FailureSpectrum::suggestedType(*reason)))
        return BackupRules::tr("Its failure type is not the one its reason suggests, and it is not marked as chosen.");
    return {};
}

} // namespace

QString BackupRules::problem(const JournalTable& table, const BackupRow& row)
{
    if (QString problem = shapeProblem(table, row); !problem.isEmpty())
        return problem;
    for (const ColumnRule& r : tableRules().value(table.name)) {
        if (QString problem = ruleProblem(table, row, r); !problem.isEmpty())
            return problem;
    }
    if (table.name == QLatin1String("failure_placement"))
        return failureTypeProblem(table, row);
    if (table.name == QLatin1String("supervision_session")
        && row.text(table.columnIndex(QStringLiteral("status"))) == QLatin1String("cancelled")
        && row.text(table.columnIndex(QStringLiteral("cancel_reason"))).trimmed().isEmpty())
        return BackupRules::tr("It is a cancelled session without the reason it was cancelled.");
    return {};
}

bool BackupRules::isDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return QDate::isValid(QStringView(text).left(4).toInt(), QStringView(text).mid(5, 2).toInt(),
                          QStringView(text).mid(8, 2).toInt());
}

bool BackupRules::isTime(const QString& text)
{
    // The journal's own form, 2024-03-01T09:30:00.000Z, checked without a parser; anything else by Qt.
    const auto digits = [&text](int from, int count) {
        for (int i = from; i < from + count; ++i) {
            if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
                return -1;
        }
        return QStringView(text).mid(from, count).toInt();
    };
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':')
        && text.at(16) == QLatin1Char(':') && text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')
        && isDate(text.left(10))) {
        const int hours = digits(11, 2);
        const int minutes = digits(14, 2);
        const int seconds = digits(17, 2);
        return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && seconds >= 0 && seconds < 60
               && digits(20, 3) >= 0;
    }
    return text.size() >= 16 && isDate(text.left(10)) && timestamps::timeFromStorage(text).isValid();
}

bool BackupRules::isId(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString BackupRules::describe(const JournalTable& table, const BackupRow& row)
{
    QStringList parts;
    for (const QString& column : table.identity)
        parts << row.text(table.columnIndex(column));
    QString result = parts.join(QStringLiteral(", "));
    if (const int title = table.columnIndex(QStringLiteral("title")); title >= 0 && !row.text(title).isEmpty())
        result += QStringLiteral(" “") + row.text(title) + QStringLiteral("”");
    return result;
}

} // namespace myfyrio
