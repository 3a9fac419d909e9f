#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace myfyrio {

/// One record of a backup table as the file has it, column by column in the
/// order of the journal's table. Missing columns and JSON nulls are both a
/// null QVariant; present() tells them apart.
struct BackupRow {
    int number = 0;           ///< 1 for the first record of its table
    quint64 given = 0;        ///< bit i: column i appears in the record
    QVector<QVariant> values; ///< per column: QString, qint64, double or QByteArray; null for JSON null
    QString problem;          ///< why the record cannot be read as one (not an object, a value no column can hold)

    bool present(int column) const { return column >= 0 && (given >> column) & 1U; }
    bool isNull(int column) const { return !present(column) || values.at(column).isNull(); }
    QVariant value(int column) const { return column >= 0 ? values.value(column) : QVariant(); }
    QString text(int column) const { return column >= 0 ? values.value(column).toString() : QString(); }
};

} // namespace myfyrio
