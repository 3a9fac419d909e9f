#include "app/spelling/personaldictionary.h"

#include "core/i18n/translations.h"
#include "core/io/savedfile.h"
#include "core/util/collation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace myfyrio {

PersonalDictionary::PersonalDictionary(const QString& language) : m_language(language)
{
    QFile file(pathFor(language));
    if (!file.open(QIODevice::ReadOnly))
        return; // no list yet
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            m_words.insert(line.trimmed());
    }
}

QString PersonalDictionary::pathFor(const QString& language)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/personal-words-")
           + language + QStringLiteral(".txt");
}

Expected<void> PersonalDictionary::add(const QString& word)
{
    m_words.insert(word);
    const QString path = pathFor(m_language);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder))
            //: %1 is a folder.
            return Failure{tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder))};
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QStringList sorted =
        sortedForDisplay(QStringList(m_words.cbegin(), m_words.cend()), Translations::locale(m_language));
    return SavedFile::write(path, (sorted.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

} // namespace myfyrio
