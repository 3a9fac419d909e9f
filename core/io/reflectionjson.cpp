#include "core/io/reflectionjson.h"

#include "core/cpd/cpdjson.h"
#include "core/failure/failurejson.h"
#include "core/util/timestamps.h"

#include <QJsonArray>

namespace myfyrio::json {

QJsonObject fromReflection(const Reflection& reflection)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), reflection.id);
    object.insert(QStringLiteral("title"), reflection.title);
    object.insert(QStringLiteral("date"), timestamps::toStorage(reflection.date));
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(reflection.tags));
    object.insert(QStringLiteral("lang"), reflection.language);
    object.insert(QStringLiteral("bringToSupervision"), reflection.bringToSupervision);
    object.insert(QStringLiteral("created"), timestamps::toStorage(reflection.created));
    object.insert(QStringLiteral("updated"), timestamps::toStorage(reflection.updated));
    object.insert(QStringLiteral("body"), reflection.body);
    object.insert(QStringLiteral("failure"), fromFailure(reflection.failure));
    object.insert(QStringLiteral("cpd"), fromCpd(reflection.cpd));
    object.insert(QStringLiteral("model"), reflection.model);
    QJsonObject answers;
    for (auto it = reflection.answers.constBegin(); it != reflection.answers.constEnd(); ++it)
        answers.insert(it.key(), it.value());
    object.insert(QStringLiteral("answers"), answers);
    object.insert(QStringLiteral("scale"), reflection.scale.isEmpty() ? QJsonValue() : QJsonValue(reflection.scale));
    QJsonArray actions;
    for (const Action& action : reflection.actions)
        actions.append(
            QJsonObject{{QStringLiteral("id"), action.id},
                        {QStringLiteral("text"), action.text},
                        {QStringLiteral("due"),
                         action.due.isValid() ? QJsonValue(timestamps::toStorage(action.due)) : QJsonValue()},
                        {QStringLiteral("done"), action.done}});
    object.insert(QStringLiteral("actions"), actions);
    object.insert(QStringLiteral("dontResurface"), reflection.dontResurface);
    return object;
}

} // namespace myfyrio::json
