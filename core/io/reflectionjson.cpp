#include "reflectionjson.h"

#include "failure/failurejson.h"
#include "util/timestamps.h"

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
    return object;
}

} // namespace myfyrio::json
