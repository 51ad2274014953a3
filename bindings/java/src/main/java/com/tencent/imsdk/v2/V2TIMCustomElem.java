package com.tencent.imsdk.v2;

import java.nio.charset.StandardCharsets;

/**
 * Custom content. The C API carries the data and extension as text, so they travel as UTF-8:
 * bytes that are not valid UTF-8 do not survive the round trip.
 */
public class V2TIMCustomElem extends V2TIMElem {
    private byte[] data;
    private String description;
    private byte[] extension;

    V2TIMCustomElem(byte[] data, String description, byte[] extension) {
        this.data = data == null ? new byte[0] : data;
        this.description = description == null ? "" : description;
        this.extension = extension == null ? new byte[0] : extension;
    }

    V2TIMCustomElem(String data, String description, String extension) {
        this(data.getBytes(StandardCharsets.UTF_8), description, extension.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] getData() {
        return data;
    }

    public void setData(byte[] data) {
        this.data = data;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public byte[] getExtension() {
        return extension;
    }

    public void setExtension(byte[] extension) {
        this.extension = extension;
    }
}
