# Installs the build into a DESTDIR and checks that the tree is complete and
# validates: the binary, the desktop entry, the metainfo, the MIME type and the
# icons, named by one application id.
#   cmake -DBUILD_DIR=… -DWORK_DIR=… -DAPP_ID=… -P check_install.cmake
foreach(tool desktop-file-validate appstreamcli update-mime-database)
    find_program(found_${tool} ${tool})
    if(NOT found_${tool})
        message(FATAL_ERROR "${tool} is missing: scripts/myfyrio deps installs desktop-file-utils, appstream and shared-mime-info.")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${WORK_DIR} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(share ${WORK_DIR}/usr/share)
set(expected
    ${WORK_DIR}/usr/bin/myfyrio
    ${share}/applications/${APP_ID}.desktop
    ${share}/metainfo/${APP_ID}.metainfo.xml
    ${share}/mime/packages/${APP_ID}.xml
    ${share}/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(size 16 32 48 64 128 256)
    list(APPEND expected ${share}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(file ${expected})
    if(NOT EXISTS ${file})
        message(FATAL_ERROR "Not installed: ${file}")
    endif()
endforeach()

# Each PNG is the size its folder says (width and height from the IHDR chunk).
foreach(size 16 32 48 64 128 256)
    file(READ ${share}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png header OFFSET 16 LIMIT 8 HEX)
    math(EXPR want "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING ${header} 0 8 width)
    string(SUBSTRING ${header} 8 8 height)
    math(EXPR w "0x${width}")
    math(EXPR h "0x${height}")
    if(NOT w EQUAL size OR NOT h EQUAL size)
        message(FATAL_ERROR "The ${size}×${size} icon is ${w}×${h}.")
    endif()
endforeach()

macro(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${ARGN} failed:\n${output}")
    endif()
endmacro()
run(desktop-file-validate ${share}/applications/${APP_ID}.desktop)
run(appstreamcli validate --no-net ${share}/metainfo/${APP_ID}.metainfo.xml)

# The desktop entry names the installed icon and binary, and opens agreements.
file(READ ${share}/applications/${APP_ID}.desktop entry)
foreach(line "Icon=${APP_ID}" "Exec=myfyrio %f" "MimeType=application/x-myfyrio-agreement;" "Name[cy]="
             "GenericName[cy]=" "Comment[cy]=" "Keywords[cy]=")
    string(FIND "${entry}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The desktop entry lacks ${line}")
    endif()
endforeach()

# The MIME package compiles, and maps *.myfyrio-agreement to the type.
run(update-mime-database ${share}/mime)
file(READ ${share}/mime/globs globs)
string(FIND "${globs}" "application/x-myfyrio-agreement:*.myfyrio-agreement" at)
if(at EQUAL -1)
    message(FATAL_ERROR "The MIME database does not map *.myfyrio-agreement:\n${globs}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "The installed tree is complete and validates.")
