# Fails when a source file is not formatted as .clang-format says.
# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P check_format.cmake
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
# One clang-format run for all files; it names each file that differs.
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
    RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE report)
if(NOT status EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: (warning|error): code should be clang-formatted" lines "${report}")
    set(unformatted "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: .*" "" file "${line}")
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
        list(APPEND unformatted ${relative})
    endforeach()
    list(REMOVE_DUPLICATES unformatted)
    list(JOIN unformatted "\n  " listed)
    message(FATAL_ERROR "Not formatted (run the `format` target):\n  ${listed}")
endif()
