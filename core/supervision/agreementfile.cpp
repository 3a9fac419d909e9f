#include "core/supervision/agreementfile.h"

#include "core/io/savedfile.h"
#include "core/supervision/fingerprint.h"
#include "core/supervision/sectioncatalog.h"
#include "core/util/timestamps.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace myfyrio {

namespace {

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull() && !text.startsWith(QLatin1Char('{'));
}

QJsonObject versionJson(const AgreementVersion& v)
{
    QJsonArray signatures;
    for (const Signature& s : v.signatures) {
        signatures.append(QJsonObject{{QStringLiteral("party"), s.party},
                                      {QStringLiteral("name"), s.fullName},
                                      {QStringLiteral("date"), timestamps::toStorage(s.date)}});
    }
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("parentId"), v.parentId},
                       {QStringLiteral("number"), v.number},
                       {QStringLiteral("created"), timestamps::toStorage(v.created)},
                       {QStringLiteral("content"), v.content.toJson()},
                       {QStringLiteral("signatures"), signatures},
                       {QStringLiteral("fingerprint"), v.fingerprint}};
}

} // namespace

QByteArray AgreementFile::serialize(const Agreement& agreement)
{
    QJsonArray versions;
    for (const AgreementVersion& v : agreement.versions)
        versions.append(versionJson(v));
    const QJsonObject root{
        {QStringLiteral("format"), suffix()},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("exportedBy"), agreement.ownerRole},
        {QStringLiteral("agreement"),
         QJsonObject{{QStringLiteral("id"), agreement.id},
                     {QStringLiteral("created"), timestamps::toStorage(agreement.created)},
                     {QStringLiteral("endedOn"),
                      agreement.endedOn.isValid() ? timestamps::toStorage(agreement.endedOn) : QString()}}},
        {QStringLiteral("versions"), versions},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<AgreementFile::Contents> AgreementFile::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Failure{tr("This is not a Myfyrio agreement file: it is not valid JSON.")};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != suffix())
        return Failure{tr("This is not a Myfyrio agreement file.")};
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble())
        return Failure{tr("The agreement file is damaged: its format version is missing.")};
    if (version.toInt() > formatVersion)
        return Failure{tr("The agreement file was made by a newer Myfyrio. Update Myfyrio to open it.")};
    if (version.toInt() < 1)
        return Failure{tr("The agreement file is damaged: its format version is missing.")};
    const auto damaged = [](const QString& what) {
        //: %1 says what is wrong with the file.
        return Failure{tr("The agreement file is damaged (%1). Nothing was imported.").arg(what)};
    };

    Contents contents;
    Agreement& a = contents.agreement;
    const QJsonObject header = root.value(QStringLiteral("agreement")).toObject();
    a.id = header.value(QStringLiteral("id")).toString();
    if (!isUuid(a.id))
        return damaged(QStringLiteral("agreement.id"));
    a.created = timestamps::timeFromStorage(header.value(QStringLiteral("created")).toString());
    if (!a.created.isValid())
        return damaged(QStringLiteral("agreement.created"));
    a.updated = a.created;
    const QString ended = header.value(QStringLiteral("endedOn")).toString();
    if (!ended.isEmpty()) {
        a.endedOn = timestamps::parseIsoDate(ended);
        if (!a.endedOn.isValid())
            return damaged(QStringLiteral("agreement.endedOn"));
    }
    const QString exportedBy = root.value(QStringLiteral("exportedBy")).toString();
    a.ownerRole = SectionCatalog::isParty(exportedBy) ? exportedBy : SectionCatalog::supervisee();

    const QJsonValue versions = root.value(QStringLiteral("versions"));
    if (!versions.isArray() || versions.toArray().isEmpty())
        return damaged(QStringLiteral("versions"));
    QSet<QString> ids;
    QSet<int> numbers;
    int roots = 0;
    for (const QJsonValue& value : versions.toArray()) {
        const QJsonObject o = value.toObject();
        AgreementVersion v;
        v.id = o.value(QStringLiteral("id")).toString();
        v.agreementId = a.id;
        v.parentId = o.value(QStringLiteral("parentId")).toString();
        v.number = o.value(QStringLiteral("number")).toInt();
        v.created = timestamps::timeFromStorage(o.value(QStringLiteral("created")).toString());
        v.updated = v.created;
        const QString where = QStringLiteral("versions[%1]").arg(ids.size());
        if (!isUuid(v.id) || ids.contains(v.id))
            return damaged(where + QStringLiteral(".id"));
        if (v.number < 1 || numbers.contains(v.number))
            return damaged(where + QStringLiteral(".number"));
        if (!v.created.isValid())
            return damaged(where + QStringLiteral(".created"));
        // Parents come before their children, so the lineage has no loops.
        if (v.parentId.isEmpty())
            ++roots;
        else if (!ids.contains(v.parentId))
            return damaged(where + QStringLiteral(".parentId"));
        auto content = AgreementContent::fromJson(o.value(QStringLiteral("content")).toObject());
        if (!content)
            //: %1 says what is wrong with the file.
            return Failure{tr("The agreement file is damaged (%1). Nothing was imported.").arg(content.error())};
        v.content = std::move(content).value();
        for (const QJsonValue& s : o.value(QStringLiteral("signatures")).toArray()) {
            const QJsonObject so = s.toObject();
            Signature signature{so.value(QStringLiteral("party")).toString(),
                                so.value(QStringLiteral("name")).toString(),
                                timestamps::parseIsoDate(so.value(QStringLiteral("date")).toString())};
            if (!SectionCatalog::isParty(signature.party) || v.signatureOf(signature.party)
                || signature.fullName.trimmed().isEmpty() || !signature.date.isValid())
                return damaged(where + QStringLiteral(".signatures"));
            v.signatures.append(signature);
        }
        v.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
        if (v.isSigned()) {
            if (v.fingerprint != Fingerprint::of(v.content, v.signatures))
                //: %1 is a version number.
                return Failure{tr("Version %1 in the agreement file was signed, but its content no longer "
                                  "matches its fingerprint %2: the file has been changed since it was signed. "
                                  "Nothing was imported.")
                                   .arg(v.number)
                                   .arg(v.fingerprint)};
        } else if (!v.fingerprint.isEmpty()) {
            return damaged(where + QStringLiteral(".fingerprint"));
        }
        ids.insert(v.id);
        numbers.insert(v.number);
        a.versions.append(v);
    }
    if (roots != 1)
        return damaged(QStringLiteral("versions.parentId"));
    std::sort(a.versions.begin(), a.versions.end(),
              [](const AgreementVersion& x, const AgreementVersion& y) { return x.number < y.number; });
    return contents;
}

Expected<void> AgreementFile::write(const Agreement& agreement, const QString& path)
{
    return SavedFile::write(path, serialize(agreement));
}

Expected<AgreementFile::Contents> AgreementFile::read(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        //: %1 is a file path.
        return Failure{tr("There is no file at “%1”.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file path; %2 is a sentence saying what went wrong.
        return Failure{tr("“%1” could not be read: %2").arg(path, file.errorString())};
    if (file.size() > 32 * 1024 * 1024)
        //: %1 is a file path.
        return Failure{tr("“%1” is too large to be an agreement file.").arg(path)};
    return parse(file.readAll());
}

} // namespace myfyrio
