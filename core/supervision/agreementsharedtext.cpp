#include "core/supervision/agreementsharedtext.h"

#include <QStringList>

namespace myfyrio {

QString agreementSharedText(const Agreement& agreement)
{
    QStringList parts;
    for (const AgreementVersion& version : agreement.versions) {
        parts << version.content.supervisorRole << version.content.superviseeRole;
        for (const QString& text : version.content.texts)
            parts << text;
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

} // namespace myfyrio
