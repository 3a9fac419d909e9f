#include "core/models/modelcatalog.h"

#include "core/i18n/translations.h"
#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/sql.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace myfyrio {

namespace {

//: %1 is the name of the model that was copied.
const char* const copyName = QT_TRANSLATE_NOOP("myfyrio::ModelCatalog", "%1 (copy)");

QVector<ReflectiveModel> loadBuiltIns()
{
    // The order the model chooser shows; any further model file follows these.
    QStringList codes = {QStringLiteral("free"),          QStringLiteral("gibbs"),
                         QStringLiteral("driscoll"),      QStringLiteral("kolb"),
                         QStringLiteral("schon"),         QStringLiteral("johns"),
                         QStringLiteral("failure"),       QStringLiteral("learning_cycle"),
                         QStringLiteral("annual_review"), QStringLiteral("supervision_prep")};
    const QStringList files =
        QDir(QStringLiteral(":/models")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.chopped(5);
        if (!codes.contains(code))
            codes.append(code);
    }
    QVector<ReflectiveModel> models;
    for (const QString& code : codes) {
        QFile file(QStringLiteral(":/models/%1.json").arg(code));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Built-in model %s is missing", qPrintable(code));
            continue;
        }
        auto model = ReflectiveModel::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!model) {
            qWarning("Built-in model %s is malformed: %s", qPrintable(code), qPrintable(model.error()));
            continue;
        }
        model->builtIn = true;
        models.append(std::move(model).value());
    }
    return models;
}

Expected<ReflectiveModel> modelFromRow(const QString& definition)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(definition.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Failure{ModelCatalog::tr("A reflective model stored in the journal cannot be read.")};
    auto model = ReflectiveModel::fromJson(doc.object());
    if (model)
        model->builtIn = false;
    return model;
}

} // namespace

ModelCatalog::ModelCatalog(const Database& database) : m_db(database.connection()), m_changes(&database.changes()) {}

ModelCatalog::ModelCatalog(QSqlDatabase db) : m_db(std::move(db)) {}

const QVector<ReflectiveModel>& ModelCatalog::builtIns()
{
    static const QVector<ReflectiveModel> models = loadBuiltIns();
    return models;
}

const ReflectiveModel* ModelCatalog::builtIn(const QString& code)
{
    for (const ReflectiveModel& model : builtIns()) {
        if (model.code == code)
            return &model;
    }
    return nullptr;
}

Expected<QVector<ReflectiveModel>> ModelCatalog::all() const
{
    QVector<ReflectiveModel> models = builtIns();
    auto query = sql::run(m_db, QStringLiteral("SELECT definition FROM reflective_model"));
    if (!query)
        return query.failure();
    QVector<ReflectiveModel> own;
    while (query->next()) {
        auto model = modelFromRow(query->value(0).toString());
        if (!model)
            return model.failure();
        own.append(std::move(model).value());
    }
    QCollator collator(Translations::locale(Translations::current()));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QString language = Translations::current();
    std::sort(own.begin(), own.end(), [&](const ReflectiveModel& a, const ReflectiveModel& b) {
        return collator.compare(a.name.in(language), b.name.in(language)) < 0;
    });
    models += own;
    return models;
}

Expected<std::optional<ReflectiveModel>> ModelCatalog::find(const QString& code) const
{
    if (const ReflectiveModel* model = builtIn(code))
        return std::optional<ReflectiveModel>(*model);
    auto definition = sql::scalar(m_db, QStringLiteral("SELECT definition FROM reflective_model WHERE code = :code"),
                                  {{QStringLiteral("code"), code}});
    if (!definition)
        return definition.failure();
    if (definition->isNull())
        return std::optional<ReflectiveModel>();
    auto model = modelFromRow(definition->toString());
    if (!model)
        return model.failure();
    return std::optional<ReflectiveModel>(std::move(model).value());
}

Expected<QString> ModelCatalog::freeCode(const QString& name) const
{
    QString base = name.normalized(QString::NormalizationForm_KD).toLower();
    base.remove(QRegularExpression(QStringLiteral("[^a-z0-9 _-]")));
    base = base.simplified().replace(QRegularExpression(QStringLiteral("[ _-]+")), QStringLiteral("_")).left(40);
    if (base.isEmpty() || !base.at(0).isLetterOrNumber())
        base.prepend(QStringLiteral("model"));
    QString code = base;
    for (int n = 2;; ++n) {
        auto found = find(code);
        if (!found)
            return found.failure();
        if (!found->has_value())
            return code;
        code = base + QLatin1Char('_') + QString::number(n);
    }
}

Expected<ReflectiveModel> ModelCatalog::create(ReflectiveModel model) const
{
    model.builtIn = false;
    if (model.code.isEmpty()) {
        auto code = freeCode(model.name.en.isEmpty() ? model.name.cy : model.name.en);
        if (!code)
            return code.failure();
        model.code = *code;
    }
    if (const QString problem = ReflectiveModel::validate(model); !problem.isEmpty())
        return Failure{problem};
    auto existing = find(model.code);
    if (!existing)
        return existing.failure();
    if (existing->has_value())
        //: %1 is the code of a reflective model.
        return Failure{tr("There is already a reflective model with the code “%1”.").arg(model.code)};
    const QString now = timestamps::toStorage(timestamps::nowUtc());
    auto inserted =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO reflective_model (id, code, definition, created_at, updated_at)"
                                " VALUES (:id, :code, :definition, :created, :updated)"),
                 {{QStringLiteral("id"), newId()},
                  {QStringLiteral("code"), model.code},
                  {QStringLiteral("definition"),
                   QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact))},
                  {QStringLiteral("created"), now},
                  {QStringLiteral("updated"), now}});
    if (!inserted)
        return inserted.failure();
    if (m_changes)
        m_changes->modelsTouched();
    return model;
}

Expected<ReflectiveModel> ModelCatalog::update(ReflectiveModel model) const
{
    if (builtIn(model.code))
        //: %1 is what the person typed.
        return Failure{tr("The built-in model “%1” cannot be changed; duplicate it and change the copy.")
                           .arg(model.name.in(Translations::current()))};
    model.builtIn = false;
    if (const QString problem = ReflectiveModel::validate(model); !problem.isEmpty())
        return Failure{problem};
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE reflective_model SET definition = :definition,"
                                           " updated_at = :updated WHERE code = :code"),
                            {{QStringLiteral("code"), model.code},
                             {QStringLiteral("definition"),
                              QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact))},
                             {QStringLiteral("updated"), timestamps::toStorage(timestamps::nowUtc())}});
    if (!updated)
        return updated.failure();
    if (updated->numRowsAffected() == 0)
        //: %1 is the code of a reflective model.
        return Failure{tr("The reflective model “%1” is no longer in the journal.").arg(model.code)};
    if (m_changes)
        m_changes->modelsTouched();
    return model;
}

Expected<ReflectiveModel> ModelCatalog::duplicate(const QString& code) const
{
    auto source = find(code);
    if (!source)
        return source.failure();
    if (!source->has_value())
        //: %1 is what the person typed.
        return Failure{tr("The reflective model “%1” is not in this journal.").arg(code)};
    ReflectiveModel copy = **source;
    copy.code.clear();
    copy.builtIn = false;
    copy.version = 1;
    copy.name.en =
        Translations::translate(Translations::english(), "myfyrio::ModelCatalog", copyName).arg(copy.name.en);
    copy.name.cy = Translations::translate(Translations::welsh(), "myfyrio::ModelCatalog", copyName).arg(copy.name.cy);
    return create(copy);
}

Expected<void> ModelCatalog::remove(const QString& code) const
{
    auto model = find(code);
    if (!model)
        return model.failure();
    if (!model->has_value())
        //: %1 is what the person typed.
        return Failure{tr("The reflective model “%1” is not in this journal.").arg(code)};
    const QString name = (*model)->name.in(Translations::current());
    if ((*model)->builtIn)
        //: %1 is what the person typed.
        return Failure{tr("The built-in model “%1” cannot be deleted.").arg(name)};
    auto used = usage(code);
    if (!used)
        return used.failure();
    if (*used > 0)
        //: %1 is what the person typed.
        return Failure{tr("The model “%1” cannot be deleted while reflections use it. Reflections using it: %n. "
                          "Choose another model for them first.",
                          nullptr, *used)
                           .arg(name)};
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM reflective_model WHERE code = :code"),
                            {{QStringLiteral("code"), code}});
    if (!removed)
        return removed.failure();
    if (m_changes)
        m_changes->modelsTouched();
    return {};
}

Expected<int> ModelCatalog::usage(const QString& code) const
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM reflection WHERE model = :code"),
                             {{QStringLiteral("code"), code}});
    if (!count)
        return count.failure();
    return count->toInt();
}

} // namespace myfyrio
