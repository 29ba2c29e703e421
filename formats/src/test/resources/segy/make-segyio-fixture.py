#!/usr/bin/python3
"""Writes segyio-fixture.sgy with Equinor's segyio (a SEG-Y writer independent of sepyarn) and
segyio-fixture.json, what segyio reads back from it: the file SegyioFixtureTest converts with
sepyarn's SegyToSep3d and checks against the JSON.

How the committed files were made (Debian 12):
    apt-get install -y python3-segyio     # segyio 1.8.3, numpy
    cd formats/src/test/resources/segy && /usr/bin/python3 make-segyio-fixture.py

The file: 5 traces of 7 samples, 4-byte IBM floats (format 1), 2 ms, big-endian; trace header
fields with distinct values per trace (a negative coordinate scalar among them); an ASCII textual
header, which segyio writes as EBCDIC. The samples are chosen to include values IBM floats hold
exactly and values they round (1/3, 0.1), negatives, zero and large and small magnitudes; the
JSON holds, for each sample, the IEEE bits of segyio's reading of the IBM word in the file, so the
check is exact.
"""
import json
import struct

import numpy as np
import segyio

TRACES = 5
SAMPLES = 7

FIELDS = {
    # key as sepyarn (and Seismic Unix) names it: (segyio field, byte position)
    "tracl": (segyio.TraceField.TRACE_SEQUENCE_LINE, 1),
    "tracr": (segyio.TraceField.TRACE_SEQUENCE_FILE, 5),
    "fldr": (segyio.TraceField.FieldRecord, 9),
    "tracf": (segyio.TraceField.TraceNumber, 13),
    "ep": (segyio.TraceField.EnergySourcePoint, 17),
    "cdp": (segyio.TraceField.CDP, 21),
    "cdpt": (segyio.TraceField.CDP_TRACE, 25),
    "trid": (segyio.TraceField.TraceIdentificationCode, 29),
    "offset": (segyio.TraceField.offset, 37),
    "gelev": (segyio.TraceField.ReceiverGroupElevation, 41),
    "scalel": (segyio.TraceField.ElevationScalar, 69),
    "scalco": (segyio.TraceField.SourceGroupScalar, 71),
    "sx": (segyio.TraceField.SourceX, 73),
    "sy": (segyio.TraceField.SourceY, 77),
    "gx": (segyio.TraceField.GroupX, 81),
    "gy": (segyio.TraceField.GroupY, 85),
    "ns": (segyio.TraceField.TRACE_SAMPLE_COUNT, 115),
    "dt": (segyio.TraceField.TRACE_SAMPLE_INTERVAL, 117),
    "year": (segyio.TraceField.YearDataRecorded, 157),
    "cdpx": (segyio.TraceField.CDP_X, 181),
    "cdpy": (segyio.TraceField.CDP_Y, 185),
}


def header_values(t):
    return {
        "tracl": t + 1, "tracr": 1001 + t, "fldr": 77, "tracf": 3 * t + 2, "ep": 500 + t, "cdp": 2400 + 7 * t,
        "cdpt": t % 2 + 1, "trid": 1, "offset": -1200 + 600 * t, "gelev": 35 + t, "scalel": -10, "scalco": -100,
        "sx": 51234500 + 2500 * t, "sy": -6780000 - 125 * t, "gx": 51294500 + 2500 * t, "gy": -6780000 + 125 * t,
        "ns": SAMPLES, "dt": 2000, "year": 2019, "cdpx": 51264500 + 2500 * t, "cdpy": -6780000,
    }


def samples(t):
    values = [0.0, 1.0 / 3.0, -0.1, 1.5e7 * (t + 1), -2.0 ** -60, 123.456 * (t - 2), 0.015625]
    return np.array(values[:SAMPLES], dtype=np.float32)


def main():
    spec = segyio.spec()
    spec.format = 1
    spec.samples = [2.0 * i for i in range(SAMPLES)]
    spec.tracecount = TRACES
    spec.endian = "big"
    with segyio.create("segyio-fixture.sgy", spec) as f:
        f.text[0] = segyio.tools.create_text_header({1: "SEPYARN FIXTURE WRITTEN BY SEGYIO", 2: "5 TRACES 7 SAMPLES IBM"})
        f.bin.update(hdt=2000, hns=SAMPLES, format=1, jobid=4242, lino=17)
        for t in range(TRACES):
            values = header_values(t)
            f.header[t] = {field: values[key] for key, (field, _) in FIELDS.items()}
            f.trace[t] = samples(t)
    expected = {"traces": TRACES, "samples": SAMPLES, "sampleIntervalMicros": 2000, "format": 1,
                "binary": {"jobid": 4242, "lino": 17, "hdt": 2000, "hns": SAMPLES, "format": 1},
                "textStartsWith": "C 1 SEPYARN FIXTURE WRITTEN BY SEGYIO", "headers": [], "ieeeBits": []}
    with segyio.open("segyio-fixture.sgy", ignore_geometry=True) as f:
        assert f.bin[segyio.BinField.Format] == 1 and f.tracecount == TRACES
        for t in range(TRACES):
            header = f.header[t]
            expected["headers"].append({key: {"byte": byte, "value": int(header[field])}
                                        for key, (field, byte) in FIELDS.items()})
            expected["ieeeBits"].append([struct.unpack(">i", struct.pack(">f", float(v)))[0] for v in f.trace[t]])
        assert f.bin[segyio.BinField.JobID] == 4242
        expected["textStartsWith"] = bytes(f.text[0])[:80].decode("ascii").strip()
    with open("segyio-fixture.json", "w") as out:
        json.dump(expected, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
