#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

struct zip;

namespace myfyrio {

/// A .zip file opened with libzip for reading a few small entries, made for
/// archives that cannot be trusted. It refuses archives with more than
/// maxEntries entries, and reads an entry only if it is no larger than the
/// caller's limit — measured while inflating, not taken from the header — and
/// does not inflate more than maxRatio times its compressed size (a zip bomb).
/// Nothing is ever written to disk.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ZipArchive)

public:
    static constexpr qint64 maxEntries = 100000;
    static constexpr qint64 maxRatio = 200;

    struct Entry {
        QString name;
        qint64 size = 0;           ///< as the archive claims, uncompressed
        qint64 compressedSize = 0; ///< as the archive claims
        bool link = false;         ///< a symbolic link, as a Unix zip marks one: never to be followed
    };

    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    static Expected<std::unique_ptr<ZipArchive>> open(const QString& path, const QString& shownName);
    /// Opens an archive held in memory; the bytes must outlive the archive.
    static Expected<std::unique_ptr<ZipArchive>> fromBytes(const QByteArray& bytes, const QString& shownName);

    const QVector<Entry>& entries() const { return m_entries; }

    /// The whole uncompressed entry, no larger than limit bytes.
    Expected<QByteArray> read(int index, qint64 limit) const;

private:
    ZipArchive(zip* archive, QString shownName);
    Expected<void> list();

    zip* m_archive;
    QString m_shownName;
    QVector<Entry> m_entries;
};

} // namespace myfyrio
