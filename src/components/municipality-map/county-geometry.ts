/**
 * Jönköpings län's municipal boundaries (SCB, CC0; see src/assets/GEO-SOURCE.md), shipped inside the
 * component so the common case needs no second request. The same topology as
 * src/assets/jonkoping-county.topo.json, as a module (a JSON import would need import attributes, which the
 * test server's es2022 transform strips), written compactly:
 * - the arcs' quantised deltas (each arc's first point absolute, as TopoJSON has them) with the sign in the
 *   lowest bit (zigzag: 0, −1, 1, −2 … → 0, 1, 2, 3 …), in base 90: two digits for a number below 66 × 90,
 *   else three, the first of them 66 or more. Arcs are separated by spaces. That is 1.25 kB gzip (the JSON's
 *   arcs are 1.9 kB, base-64 VLQ as in source maps 1.4 kB).
 * - the municipalities' codes and names are the core's area registry's, in its order (the same as the
 *   asset's); each one a polygon of one ring, listed here by its arcs.
 *
 * test/municipality-map/geo.test.ts checks that the module equals the asset and re-encodes the asset's arcs
 * to this string (the recipe for updating it).
 */
import type { Topology } from 'topojson-specification';
import { AREA_REGISTRY } from '../../core/areas.js';

const RADIX = 90;
/** First digits below this start a two-digit number; the rest a three-digit one. */
const SHORT = 66;

/** A digit's value: the printable ASCII characters from `#` on, without `'` and `\` (so the string needs
 * no escapes). */
const digit = (code: number) => code - 35 - (code > 39 ? 1 : 0) - (code > 92 ? 1 : 0);

/** Reads arcs written as above into TopoJSON's arcs: lists of [x, y] points. */
export function decodeArcs(text: string): number[][][] {
  return text.split(' ').map((arc) => {
    const points: number[][] = [];
    const values: number[] = [];
    for (let i = 0; i < arc.length;) {
      const first = digit(arc.charCodeAt(i++));
      let n = first * RADIX + digit(arc.charCodeAt(i++));
      if (first >= SHORT) n = (n - SHORT * RADIX) * RADIX + digit(arc.charCodeAt(i++)) + SHORT * RADIX;
      values.push(n & 1 ? -(n + 1) / 2 : n / 2);
      if (values.length === 2) points.push(values.splice(0));
    }
    return points;
  });
}

export const COUNTY_ARCS =
  'xR0zf{6Xg$Ic2g1f.7O1BugWG y^Tw@:g+z81RU.L x?%w6T2xgI{TO/aV5G^9;9<SK+SA?C^dhHK u9]wP2EOh;VXG%>K`6$3rg2a=s^H_D@g*<fiF@/2 u)#|$c@}<-1SU3g?L&W9*<Eg&i<,g%{1pNN<f n+@qf*$2O=4M_KJaZ7Hs*`M2^b.=XdSu:W o]>nKN?AKKLSI1]12u2|>cS|;t#lP1gPM*. l@(mDR#HWTFWg&R$EYmK91(QK+:6VX%Aeg4VHZ`qHN0lF]FeM2=x?u:aZR3^ m_TyMg9O_=g-d1< lWBx{e*eg%sFvgAk#Cg/yNi]04#ci72*aMm=z=47mf(@3+{OE naa|50>&+[?Edl4eg/d17SUOU$f$DR| naa|50g?sEg%gCBHiV6#rghmg8F.M4OgnQC=gZ3GIg&9%Gga1 p1yyk_AEG)E^3sIO?~(Rg4WCQ*2L`g(2^7<V l@(mDRA)*u#JgG+>)J`86EKJ60<7aKd5jNU:@g.p l[yitDHE>+5+gWC]+;(<)[s1gf*g(OSJ>;+/.$ZX9n;?g9Q1{g//ISGd6q*nY+g//g0dGSgRB&Y[#LyJaLobo3*g9,=qJqJ{3v5}gDHfP5T2,EPJB0L#@M%TLBP7:bJgC_h6JL,C,0eUF k~{sNL^4>DH(7-C4g*u mFDtDXB8C7<m2|-dRM<6[z*Ug:t mFDtDXGiFXW<//U*eoH:VpM,)RO<GnBsYq]B1H2pHIA]g^&g.kCK r7ms*%8`1SgN005;_]j sLwr1Rg5[Q-,NgyO r[io|wL^1jO&BG$kPK;?GUD==Fg)M?`<W3*Gv?& t8T~*P^V;t ts,}mZ4wh(v u9]wP2L/P9g%x.D_WG&;+g>M?C0~:b^h/RDlG&FC+QgDn k~{sNL+zg1a&*I]KN9a0kUD=Gg$X&#T2?RW4$+gn( p1yyk_<0<K20g(v*Gg*&<]65=D:kP4).*2gFR4Bg5e^VgWRg6ma{3gg,:a#gL] x?%w6T[lOE5,EQg+OgBCBYg-dSy<7 w:2t3D+|g)r))g3d+Zg(I7pgKC v{spR#_M0eGEg4u`l-V@~CbHv+*Nng$iYW#j r[io|w7]g2$DPg7Q3bgo^El<z06fU rkXkW8M/$$#1h)34zAr,oazYLg)xQEg_tM??EJf:yIKg>>+ng+RX&g<T6[5-EnJ.S)5:g.?<3-COAV|ApIQgD@c;*u v{spR#*bgmM(tgP16Ab; v]{m*.Vp#hU$D^[O-r1b;nEl*k,+])U&1ng8G(b w:2t3Dg(82+5D_r]g0`bRW;g&((dNa8Fg)X,?YcM1K<NoUa&XJof#_T1G ~9:sDaIcH;0,T~>9@K%dg0pT+IRMMH1(@gAQ07EC2qg/lL^Ax(cg>EA<:S>ig2)gg^^{glb<vKhE.Wl#AH{b7`z&g37?jH->MGW/j3`NSU-&|2Og9%H-N#[ECH y^Tw@:GXg;Mg^m28gSm=~9:RpcX1lg[agIKezg<9 ts,}mZg__9a*LZKgZL@4Egg*8Mm;WImgxb8i]-BWLt>~g+~';

/** Each municipality's ring, as arc indices (`~i`, i.e. −i − 1, is arc i backwards). */
const RINGS = [
  [0, 1, 2, 3, 4],
  [5, 6, 7],
  [8, 9, 10],
  [-11, 11, 12],
  [-8, 13, 14, 15, 16],
  [-6, -17, 17, 18, 19, 20],
  [21, 22, -4, 23, -18, -16, 24, -9, -13, 25],
  [-3, 26, 27, 28, -19, -24],
  [-7, -21, 29, 30, -14],
  [-20, -29, 31, 32, -30],
  [-28, 33, 34, -32],
  [35, -34, -27, -2],
  [36, -5, -23],
];

const polygon = (id: string, name: string, ring: number[]) => ({
  arcs: [ring],
  type: 'Polygon',
  properties: { id, name },
  id,
});

const topology = {
  type: 'Topology',
  transform: {
    scale: [0.000025672316731140814, 0.000012692110166100414],
    translate: [13.086029402886934, 56.882466385299935],
  },
  objects: {
    municipalities: {
      type: 'GeometryCollection',
      geometries: AREA_REGISTRY.filter((area) => area.level === 'municipality').map((area, i) =>
        polygon(area.code, area.name, RINGS[i]!),
      ),
    },
    counties: {
      type: 'GeometryCollection',
      geometries: [polygon('06', 'Jönköpings län', [0, 35, 34, 32, 30, 14, 24, 9, 11, 25, 21, 36])],
    },
  },
  arcs: decodeArcs(COUNTY_ARCS),
} as unknown as Topology;

export default topology;
