#include "core/models/reflectivemodel.h"

#include "core/journal/systemscale.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace myfyrio {

namespace {

const QString codeKey = QStringLiteral("code");
const QString titleKey = QStringLiteral("title");
const QString guidanceKey = QStringLiteral("guidance");

bool isCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_]{0,63}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

const ModelPrompt* ReflectiveModel::prompt(const QString& promptCode) const
{
    for (const ModelPrompt& p : prompts) {
        if (p.code == promptCode)
            return &p;
    }
    return nullptr;
}

QStringList ReflectiveModel::promptCodes() const
{
    QStringList codes;
    for (const ModelPrompt& p : prompts)
        codes.append(p.code);
    return codes;
}

bool ReflectiveModel::hasLookBack() const
{
    for (const ModelPrompt& p : prompts) {
        if (p.lookBack)
            return true;
    }
    return false;
}

Expected<ReflectiveModel> ReflectiveModel::fromJson(const QJsonObject& object)
{
    ReflectiveModel model;
    model.code = object.value(codeKey).toString();
    model.version = object.value(QStringLiteral("version")).toInt(1);
    model.name = LocalizedText::fromJson(object.value(QStringLiteral("name")));
    model.description = LocalizedText::fromJson(object.value(QStringLiteral("description")));
    const QJsonArray prompts = object.value(QStringLiteral("prompts")).toArray();
    for (const QJsonValue& value : prompts) {
        const QJsonObject p = value.toObject();
        ModelPrompt prompt;
        prompt.code = p.value(codeKey).toString();
        prompt.title = LocalizedText::fromJson(p.value(titleKey));
        prompt.guidance = LocalizedText::fromJson(p.value(guidanceKey));
        prompt.lookBack = p.value(QStringLiteral("lookBack")).toBool(false);
        const QJsonObject scales = p.value(QStringLiteral("byScale")).toObject();
        for (auto it = scales.constBegin(); it != scales.constEnd(); ++it) {
            const QJsonObject scaled = it.value().toObject();
            prompt.byScale.insert(it.key(), {LocalizedText::fromJson(scaled.value(titleKey)),
                                             LocalizedText::fromJson(scaled.value(guidanceKey))});
        }
        model.prompts.append(std::move(prompt));
    }
    if (const QString problem = validate(model); !problem.isEmpty())
        return Failure{problem};
    return model;
}

QJsonObject ReflectiveModel::toJson() const
{
    QJsonArray promptArray;
    for (const ModelPrompt& p : prompts) {
        QJsonObject object{{codeKey, p.code}, {titleKey, p.title.toJson()}, {guidanceKey, p.guidance.toJson()}};
        if (p.lookBack)
            object.insert(QStringLiteral("lookBack"), true);
        if (!p.byScale.isEmpty()) {
            QJsonObject scales;
            for (auto it = p.byScale.constBegin(); it != p.byScale.constEnd(); ++it)
                scales.insert(it.key(),
                              QJsonObject{{titleKey, it->title.toJson()}, {guidanceKey, it->guidance.toJson()}});
            object.insert(QStringLiteral("byScale"), scales);
        }
        promptArray.append(object);
    }
    return {{codeKey, code},
            {QStringLiteral("version"), version},
            {QStringLiteral("name"), name.toJson()},
            {QStringLiteral("description"), description.toJson()},
            {QStringLiteral("prompts"), promptArray}};
}

QString ReflectiveModel::validate(const ReflectiveModel& model)
{
    if (!isCode(model.code))
        //: %1 is what the person typed.
        return tr("“%1” is not a usable model code: use lowercase letters, digits and underscores.").arg(model.code);
    if (!model.name.isComplete())
        return tr("A reflective model needs a name in both Welsh and English.");
    QSet<QString> seen;
    for (const ModelPrompt& p : model.prompts) {
        if (!isCode(p.code))
            //: %1 is what the person typed.
            return tr("“%1” is not a usable prompt code: use lowercase letters, digits and underscores.").arg(p.code);
        if (seen.contains(p.code))
            //: %1 is the code of a prompt; %2 is the name of a reflective model.
            return tr("The prompt code “%1” is used twice in the model “%2”.").arg(p.code, model.name.en);
        seen.insert(p.code);
        if (!p.title.isComplete())
            //: %1 is what the person typed.
            return tr("Every prompt needs a title in both Welsh and English (prompt “%1”).").arg(p.code);
        for (auto it = p.byScale.constBegin(); it != p.byScale.constEnd(); ++it) {
            if (!SystemScale::isCode(it.key()))
                //: %1 is what the person typed; %2 is what the person typed.
                return tr("“%1” is not a system scale (prompt “%2”).").arg(it.key(), p.code);
        }
    }
    return {};
}

} // namespace myfyrio
