#pragma once

// Catch2 2.13 (Debian 12) and 3.x keep their macros in different headers.
#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_tostring.hpp>
#define MYFYRIO_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QDate>
#include <QString>
#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return "\"" + value.toStdString() + "\""; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch
